import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditEventStep } from "../audit/steps/record-audit-event"
import { sendMailStep } from "../mail/steps/send-mail"
import type { ActOnDataRequestInput } from "./act-on-data-request"
import { endNewsletterStep } from "./steps/end-newsletter"
import { findLimitSubjectStep } from "./steps/find-limit-subject"
import { updateDataRequestStep } from "./steps/update-data-request"

export type CompleteLimitRequestInput = ActOnDataRequestInput & {
  kind: "restriction" | "objection"
  email: string | null
  customer_id: string | null
  /** When the request came in: the account that held its address then is the one it names. */
  received_at: Date | string
}

/**
 * The desk puts a restriction (art. 18) or objection (art. 21) in force: the request names the account
 * under its address too, so the newsletter, the statistics and the retention engine recognise the person
 * (the module's activeLimits). An objection also ends every newsletter subscription the person holds (art. 21(3)).
 */
export const completeLimitRequestWorkflow = createWorkflow(
  "complete-limit-request",
  (input: CompleteLimitRequestInput) => {
    const subject = findLimitSubjectStep(
      transform({ input }, ({ input }) => ({ email: input.email, received_at: input.received_at })),
    )
    const updated = updateDataRequestStep(
      transform({ input, subject }, ({ input, subject }) => ({
        id: input.request_id,
        update: { ...input.update, customer_id: input.customer_id ?? subject.customer_id, handled_by: input.actor_id },
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
    // Usually already done when the objection came in with its identity proven; a logged letter's ends here.
    when("objection-ends-newsletter", { input }, ({ input }) => input.kind === "objection").then(() => {
      endNewsletterStep(
        transform({ input, subject }, ({ input, subject }) => ({
          email: input.email,
          customer_id: input.customer_id ?? subject.customer_id,
        })),
      )
    })
    when({ input }, ({ input }) => Boolean(input.mail)).then(() => {
      sendMailStep(transform({ input }, ({ input }) => input.mail!))
    })
    return new WorkflowResponse(updated)
  },
)
