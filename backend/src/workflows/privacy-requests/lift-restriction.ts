import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { now } from "../../lib/clock"
import type { DeskMail } from "../../modules/privacy-request/privacy-desk"
import { recordAuditEventStep } from "../audit/steps/record-audit-event"
import { sendMailStep } from "../mail/steps/send-mail"
import { updateDataRequestStep } from "./steps/update-data-request"

export type LiftRestrictionInput = {
  request_id: string
  actor_id: string
  reason: string
  update: Record<string, unknown>
  mail: DeskMail
}

/**
 * The desk lifts a restriction. The requester is mailed first, with the reason: art. 18(3) GDPR asks to
 * inform them before the restriction ends, so a mail that cannot be sent leaves it in force.
 */
export const liftRestrictionWorkflow = createWorkflow("lift-restriction", (input: LiftRestrictionInput) => {
  const told = sendMailStep(transform({ input }, ({ input }) => input.mail))
  // Lifted when the mail has gone, not when staff pressed the button.
  const updated = updateDataRequestStep(
    transform({ input, told }, ({ input }) => ({
      id: input.request_id,
      update: { ...input.update, lifted_at: now(), handled_by: input.actor_id },
    })),
  )
  recordAuditEventStep(
    transform({ input }, ({ input }) => ({
      actor_type: "user" as const,
      actor_id: input.actor_id,
      action: "request_lift",
      subject_type: "data_request" as const,
      subject_id: input.request_id,
      reason: input.reason,
    })),
  )
  return new WorkflowResponse(updated)
})
