import { Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { unsubscribeSignature } from "../../lib/newsletter-link"
import { NEWSLETTER_MODULE } from "../../modules/newsletter"
import type NewsletterModuleService from "../../modules/newsletter/service"

export type SendNewsletterInput = { subject: string; body: string; storefront_url: string }

/** Mails the newsletter to confirmed subscribers only, each with their own unsubscribe link. Mail cannot be unsent. */
const sendNewsletterStep = createStep("send-newsletter", async (input: SendNewsletterInput, { container }) => {
  const newsletter: NewsletterModuleService = container.resolve(NEWSLETTER_MODULE)
  const subscribers = await newsletter.listNewsletterSubscriptions({ status: "confirmed" })
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
