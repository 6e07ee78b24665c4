import { Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { customerSubject, subjectHash, subscriptionsOf } from "../../personal-data/data-subject"
import { unsubscribeSignature } from "../../lib/newsletter-link"
import { NEWSLETTER_MODULE } from "../../modules/newsletter"
import type NewsletterModuleService from "../../modules/newsletter/service"
import { PRIVACY_REQUEST_MODULE } from "../../modules/privacy-request"
import type PrivacyRequestModuleService from "../../modules/privacy-request/service"

export type SendNewsletterInput = { subject: string; body: string; storefront_url: string }

/**
 * Mails the newsletter to confirmed subscribers only, each with their own unsubscribe link, and to nobody
 * under a restriction (art. 18(2): their data is only stored) or an objection (art. 21(3): direct
 * marketing stops for good). Mail cannot be unsent.
 */
const sendNewsletterStep = createStep("send-newsletter", async (input: SendNewsletterInput, { container }) => {
  const newsletter: NewsletterModuleService = container.resolve(NEWSLETTER_MODULE)
  const limits = await container.resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE).activeLimits()
  // A limit without an account names an address; an account's reaches what it holds under its addresses,
  // each in the span it held it, and not the address's next holder.
  const limited = new Set(limits.flatMap((l) => (l.customer_id ? [] : [l.subject_hash])))
  const held = new Set<string>()
  for (const customerId of new Set(limits.flatMap((l) => (l.customer_id ? [l.customer_id] : [])))) {
    const subject = await customerSubject(container, customerId)
    if (subject) for (const s of await subscriptionsOf(container, subject, { status: "confirmed" })) held.add(s.id)
  }
  const subscribers = (await newsletter.listNewsletterSubscriptions({ status: "confirmed" })).filter(
    (s) => !limited.has(subjectHash(s.email)) && !held.has(s.id),
  )
  const notifications = container.resolve(Modules.NOTIFICATION)
  for (const subscriber of subscribers) {
    const link = `${input.storefront_url}/${subscriber.locale}/newsletter/unsubscribe?s=${subscriber.id}&sig=${unsubscribeSignature(subscriber.id)}`
    await notifications.createNotifications({
      to: subscriber.email,
      channel: "email",
      template: "newsletter",
      data: { subject: input.subject, body: input.body, unsubscribe_link: link, locale: subscriber.locale },
    })
  }
  return new StepResponse({ sent: subscribers.length })
})

/** Sends one newsletter issue. */
export const sendNewsletterWorkflow = createWorkflow("send-newsletter", (input: SendNewsletterInput) => {
  return new WorkflowResponse(sendNewsletterStep(input))
})
