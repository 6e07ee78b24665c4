import { Module } from "@medusajs/framework/utils"
import RetentionModuleService from "./service"

export const RETENTION_MODULE = "retention"

/** The run log of the retention engine: what each run selected and changed, per rule. */
export default Module(RETENTION_MODULE, { service: RetentionModuleService })
