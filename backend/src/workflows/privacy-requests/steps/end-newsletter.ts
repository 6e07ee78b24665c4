import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { now } from "../../../lib/clock"
import { customerSubject, guestSubject, subscriptionsOf } from "../../../personal-data/data-subject"
import { NEWSLETTER_MODULE } from "../../../modules/newsletter"
import type NewsletterModuleService from "../../../modules/newsletter/service"

type Ended = {
  subscriptions: { id: string; status: "pending" | "confirmed"; unsubscribed_at: Date | null }[]
  events: string[]
}

/**
 * An objection to direct marketing takes effect at once and for good (art. 21(3) GDPR): every live
 * newsletter subscription the person holds — under their address and, for an account, each earlier one
 * in the span they held it — ends, each with its proof record.
 */
export const endNewsletterStep = createStep(
  "end-newsletter-for-objection",
  async (input: { email: string | null; customer_id: string | null }, { container }) => {
    if (!input.email && !input.customer_id) return new StepResponse({ ended: 0 }, null)
    // An account's addresses each in its span; an address alone only from its last handover, so never its next
    // holder's.
    const subject =
      (input.customer_id ? await customerSubject(container, input.customer_id) : null) ??
      (input.email ? await guestSubject(container, input.email) : null)
    if (!subject) return new StepResponse({ ended: 0 }, null)
    const live = await subscriptionsOf(container, subject, { status: ["pending", "confirmed"] })
    if (!live.length) return new StepResponse({ ended: 0 }, null)
    const newsletter = container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
    const at = now()
    await newsletter.updateNewsletterSubscriptions(
      live.map((s) => ({ id: s.id, status: "unsubscribed" as const, unsubscribed_at: at })),
    )
    const events = await newsletter.createNewsletterConsentEvents(
      live.map((s) => ({
        subscription_id: s.id,
        action: "unsubscribed" as const,
        source: "objection",
        text: null,
        text_hash: null,
      })),
    )
    const ended: Ended = {
      subscriptions: live.map((s) => ({
        id: s.id,
        status: s.status as "pending" | "confirmed",
        unsubscribed_at: s.unsubscribed_at ? new Date(s.unsubscribed_at) : null,
      })),
      events: events.map((e) => e.id),
    }
    return new StepResponse({ ended: live.length }, ended)
  },
  async (ended, { container }) => {
    if (!ended) return
    const newsletter = container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
    await newsletter.deleteNewsletterConsentEvents(ended.events)
    await newsletter.updateNewsletterSubscriptions(ended.subscriptions)
  },
)
