import { Module } from "@medusajs/framework/utils"
import AuditModuleService from "./service"

export const AUDIT_MODULE = "audit"

/** Who saw or exported which personal data, when and why. */
export default Module(AUDIT_MODULE, { service: AuditModuleService })
