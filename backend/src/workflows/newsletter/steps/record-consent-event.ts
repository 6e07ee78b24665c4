import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NEWSLETTER_MODULE } from "../../../modules/newsletter"
import type NewsletterModuleService from "../../../modules/newsletter/service"

export type ConsentEventInput = {
  subscription_id: string
  action: "requested" | "confirmed" | "unsubscribed"
  source: string
  text?: string | null
  text_hash?: string | null
}

/** Appends one proof record; the log is never edited, only added to. */
export const recordConsentEventStep = createStep(
  "record-newsletter-consent-event",
  async (input: ConsentEventInput, { container }) => {
    const newsletter: NewsletterModuleService = container.resolve(NEWSLETTER_MODULE)
    const event = await newsletter.createNewsletterConsentEvents({
      ...input,
      text: input.text ?? null,
      text_hash: input.text_hash ?? null,
    })
    return new StepResponse(event.id, event.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE).deleteNewsletterConsentEvents(id)
  },
)
