import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { hashSecret } from "../../../lib/tokens"
import { NEWSLETTER_MODULE } from "../../../modules/newsletter"
import type NewsletterModuleService from "../../../modules/newsletter/service"

type Input = { status: "confirmed"; token: string } | { status: "unsubscribed"; subscription_id: string }

/** Confirms by the double opt-in secret, or unsubscribes by id (the caller checked the link's signature). */
export const setSubscriptionStatusStep = createStep(
  "set-newsletter-subscription-status",
  async (input: Input, { container }) => {
    const newsletter: NewsletterModuleService = container.resolve(NEWSLETTER_MODULE)
    const filter =
      input.status === "confirmed" ? { confirm_token_hash: hashSecret(input.token) } : { id: input.subscription_id }
    const [subscription] = await newsletter.listNewsletterSubscriptions(filter)
    const expired =
      input.status === "confirmed" &&
      (!subscription?.confirm_expires_at || new Date(subscription.confirm_expires_at) <= new Date())
    if (!subscription || expired)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "This link is invalid or has expired.")
    const now = new Date()
    const update =
      input.status === "confirmed"
        ? { status: "confirmed" as const, confirmed_at: now, confirm_token_hash: null, confirm_expires_at: null }
        : { status: "unsubscribed" as const, unsubscribed_at: now }
    await newsletter.updateNewsletterSubscriptions({ id: subscription.id, ...update })
    return new StepResponse({ subscription_id: subscription.id }, subscription)
  },
  async (previous, { container }) => {
    if (previous)
      await container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE).updateNewsletterSubscriptions(previous)
  },
)
