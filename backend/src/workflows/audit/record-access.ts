import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditEventStep, type AuditEventInput } from "./steps/record-audit-event"

/**
 * Writes one event to the audit log: an access (a staff reveal, before the data is shown) or a staff security event (a
 * login).
 */
export const recordAccessWorkflow = createWorkflow("record-access", (input: AuditEventInput) => {
  return new WorkflowResponse(recordAuditEventStep(input))
})
