import { MedusaService } from "@medusajs/framework/utils"
import AuditEvent from "./models/audit-event"

/** The staff audit log; rows are only ever added (the table's trigger enforces it). */
export default class AuditModuleService extends MedusaService({ AuditEvent }) {}
