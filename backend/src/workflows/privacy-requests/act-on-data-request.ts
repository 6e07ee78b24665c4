import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditEventStep } from "../audit/steps/record-audit-event"
import { updateDataRequestStep } from "./steps/update-data-request"

export type ActOnDataRequestInput = { request_id: string; actor_id: string; action: string; update: Record<string, unknown>; reason?: string | null }

/** A staff action on the privacy desk (extend, verify, reject, complete), written to the audit log with who and why. */
export const actOnDataRequestWorkflow = createWorkflow("act-on-data-request", (input: ActOnDataRequestInput) => {
  const updated = updateDataRequestStep(transform({ input }, ({ input }) => ({ id: input.request_id, update: { ...input.update, handled_by: input.actor_id } })))
  recordAuditEventStep(
    transform({ input }, ({ input }) => ({
      actor_type: "user" as const,
      actor_id: input.actor_id,
      action: `request_${input.action}`,
      subject_type: "data_request" as const,
      subject_id: input.request_id,
      reason: input.reason ?? null,
    }))
  )
  return new WorkflowResponse(updated)
})
