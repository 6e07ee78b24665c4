import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { now } from "../../../lib/clock"
import { AUDIT_MODULE } from "../../../modules/audit"
import type AuditModuleService from "../../../modules/audit/service"

export type AuditEventInput = {
  actor_type: "user" | "customer" | "guest" | "system"
  actor_id: string
  action: string
  subject_type: "customer" | "order" | "data_request" | "staff"
  subject_id: string
  reason?: string | null
}

/**
 * Appends one entry to the audit log. No compensation on purpose: the log is append-only (its trigger
 * refuses deletes), and an access that was attempted stays on record even if a later step fails.
 */
export const recordAuditEventStep = createStep("record-audit-event", async (input: AuditEventInput, { container }) => {
  const event = await container
    .resolve<AuditModuleService>(AUDIT_MODULE)
    .createAuditEvents({ ...input, reason: input.reason ?? null, occurred_at: now() })
  return new StepResponse({ id: event.id })
})
