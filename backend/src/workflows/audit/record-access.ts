import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditEventStep, type AuditEventInput } from "./steps/record-audit-event"

/** Writes one access (a staff reveal) to the audit log before the data is shown. */
export const recordAccessWorkflow = createWorkflow("record-access", (input: AuditEventInput) => {
  return new WorkflowResponse(recordAuditEventStep(input))
})
