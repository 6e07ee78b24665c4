import { model } from "@medusajs/framework/utils"

/**
 * One access to personal data (a staff reveal, an export, an erasure, a change to a privacy request) or
 * one security event of a staff account (login, failed second factor, role change).
 * Append-only: a database trigger refuses every update, and deletes except by the retention purge.
 */
const AuditEvent = model.define("audit_event", {
  id: model.id({ prefix: "audit" }).primaryKey(),
  actor_type: model.enum(["user", "customer", "guest", "system"]),
  /** The staff user or customer id; for a guest, the privacy request id. */
  actor_id: model.text().index(),
  action: model.text(),
  subject_type: model.enum(["customer", "order", "data_request", "staff"]),
  subject_id: model.text().index(),
  reason: model.text().nullable(),
  occurred_at: model.dateTime(),
})

export default AuditEvent
