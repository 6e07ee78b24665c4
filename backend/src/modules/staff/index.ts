import { Module } from "@medusajs/framework/utils"
import StaffModuleService from "./service"

export const STAFF_MODULE = "staff"

/** Staff roles, admin sessions and used second-factor codes. */
export default Module(STAFF_MODULE, { service: StaffModuleService })
