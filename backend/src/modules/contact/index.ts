import { Module } from "@medusajs/framework/utils"
import ContactModuleService from "./service"

export const CONTACT_MODULE = "contact"

/** The contact form's messages, which staff read and mark answered in the admin. */
export default Module(CONTACT_MODULE, { service: ContactModuleService })
