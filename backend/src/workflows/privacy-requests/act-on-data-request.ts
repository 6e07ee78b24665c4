import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { DeskMail } from "../../modules/privacy-request/privacy-desk"
import { recordAuditEventStep } from "../audit/steps/record-audit-event"
import { sendMailStep } from "../mail/steps/send-mail"
import { endNewsletterStep } from "./steps/end-newsletter"
import { updateDataRequestStep } from "./steps/update-data-request"

export type ActOnDataRequestInput = {
  request_id: string
  actor_id: string
  action: string
  update: Record<string, unknown>
  reason?: string | null
  /** What the requester is told (modules/privacy-request/privacy-desk.ts, deskMail), if anything. */
  mail?: DeskMail | null
  /** An objection whose identity the desk just verified: in force now (art. 21(3)), so its person's newsletter ends. */
  objection?: { email: string | null; customer_id: string | null } | null
}

/**
 * A staff action on the privacy desk (extend, verify, reject, complete), written to the audit log with
 * who and why; the requester gets the reason and the new date by mail.
 */
export const actOnDataRequestWorkflow = createWorkflow("act-on-data-request", (input: ActOnDataRequestInput) => {
  const updated = updateDataRequestStep(
    transform({ input }, ({ input }) => ({
      id: input.request_id,
      update: { ...input.update, handled_by: input.actor_id },
    })),
  )
  recordAuditEventStep(
    transform({ input }, ({ input }) => ({
      actor_type: "user" as const,
      actor_id: input.actor_id,
      action: `request_${input.action}`,
      subject_type: "data_request" as const,
      subject_id: input.request_id,
      reason: input.reason ?? null,
    })),
  )
  when("objection-ends-newsletter", { input }, ({ input }) => Boolean(input.objection)).then(() => {
    endNewsletterStep(transform({ input }, ({ input }) => input.objection!))
  })
  when({ input }, ({ input }) => Boolean(input.mail)).then(() => {
    sendMailStep(transform({ input }, ({ input }) => input.mail!))
  })
  return new WorkflowResponse(updated)
})
