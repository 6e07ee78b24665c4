import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditEventStep } from "../audit/steps/record-audit-event"
import { updateRecipientNoticeStep, type UpdateRecipientNoticeInput } from "./steps/update-recipient-notice"

/** Staff mark an art. 19 notice as sent (or not needed), on the audit log. */
export const updateRecipientNoticeWorkflow = createWorkflow(
  "update-recipient-notice",
  (input: UpdateRecipientNoticeInput) => {
    const notice = updateRecipientNoticeStep(input)
    recordAuditEventStep(
      transform({ input }, ({ input }) => ({
        actor_type: "user" as const,
        actor_id: input.actor_id,
        action: `notice_${input.state}`,
        subject_type: "data_request" as const,
        subject_id: input.request_id,
        reason: input.note ?? null,
      })),
    )
    return new WorkflowResponse(notice)
  },
)
