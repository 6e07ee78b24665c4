import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditEventStep } from "../audit/steps/record-audit-event"
import { cancelErasureStep } from "./steps/cancel-erasure"

/** The undo link: the erasure does not run, and the account can log in again. */
export const cancelErasureWorkflow = createWorkflow("cancel-erasure", (input: { secret: string }) => {
  const request = cancelErasureStep(input)
  recordAuditEventStep(
    transform({ request }, ({ request }) => ({
      actor_type: request.customer_id ? ("customer" as const) : ("guest" as const),
      actor_id: request.customer_id ?? request.id,
      action: "erasure_undone",
      subject_type: "data_request" as const,
      subject_id: request.id,
    })),
  )
  return new WorkflowResponse(request)
})
