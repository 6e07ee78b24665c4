import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendMailStep } from "../mail/steps/send-mail"
import { recordConsentEventStep } from "./steps/record-consent-event"
import { requestSubscriptionStep } from "./steps/request-subscription"
import type { Locale } from "@helder/contract"

export type SubscribeInput = {
  email: string
  source: string
  locale: Locale
  /** The opt-in sentence shown, and its SHA-256. */
  text: string
  text_hash: string
  storefront_url: string
}

/**
 * First half of the double opt-in: record the request with the words shown, and mail a link. Nothing
 * else is ever mailed to the address until that link is followed.
 */
export const subscribeToNewsletterWorkflow = createWorkflow("subscribe-to-newsletter", (input: SubscribeInput) => {
  const request = requestSubscriptionStep(
    transform({ input }, ({ input }) => ({ email: input.email, locale: input.locale })),
  )
  recordConsentEventStep(
    transform({ input, request }, ({ input, request }) => ({
      subscription_id: request.subscription_id,
      action: "requested" as const,
      source: input.source,
      text: input.text,
      text_hash: input.text_hash,
    })),
  )
  when({ request }, ({ request }) => request.secret !== null).then(() => {
    sendMailStep(
      transform({ input, request }, ({ input, request }) => ({
        to: input.email,
        template: "newsletter-confirm",
        locale: input.locale,
        secrets: { link: `${input.storefront_url}/${input.locale}/newsletter/confirm?token=${request.secret}` },
      })),
    )
  })
  return new WorkflowResponse(null)
})
