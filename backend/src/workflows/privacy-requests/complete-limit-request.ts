import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditEventStep } from "../audit/steps/record-audit-event"
import { sendMailStep } from "../mail/steps/send-mail"
import { recordConsentEventStep } from "../newsletter/steps/record-consent-event"
import { setSubscriptionStatusStep } from "../newsletter/steps/set-subscription-status"
import type { ActOnDataRequestInput } from "./act-on-data-request"
import { findLimitSubjectStep } from "./steps/find-limit-subject"
import { updateDataRequestStep } from "./steps/update-data-request"

export type CompleteLimitRequestInput = ActOnDataRequestInput & {
  kind: "restriction" | "objection"
  email: string | null
  customer_id: string | null
}

/**
 * The desk puts a restriction (art. 18) or objection (art. 21) in force: the request names the account
 * under its address too, so the newsletter, the statistics and the retention engine recognise the person
 * (the module's activeLimits). An objection also ends the newsletter subscription at once (art. 21(3)).
 */
export const completeLimitRequestWorkflow = createWorkflow("complete-limit-request", (input: CompleteLimitRequestInput) => {
  const subject = findLimitSubjectStep(transform({ input }, ({ input }) => ({ email: input.email })))
  const updated = updateDataRequestStep(
    transform({ input, subject }, ({ input, subject }) => ({
      id: input.request_id,
      update: { ...input.update, customer_id: input.customer_id ?? subject.customer_id, handled_by: input.actor_id },
    }))
  )
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
  when({ input, subject }, ({ input, subject }) => input.kind === "objection" && Boolean(subject.subscription_id)).then(() => {
    const ended = setSubscriptionStatusStep(
      transform({ subject }, ({ subject }) => ({ status: "unsubscribed" as const, subscription_id: subject.subscription_id ?? "" }))
    )
    recordConsentEventStep(
      transform({ ended }, ({ ended }) => ({ subscription_id: ended.subscription_id, action: "unsubscribed" as const, source: "objection" }))
    )
  })
  when({ input }, ({ input }) => Boolean(input.mail)).then(() => {
    sendMailStep(transform({ input }, ({ input }) => input.mail!))
  })
  return new WorkflowResponse(updated)
})
