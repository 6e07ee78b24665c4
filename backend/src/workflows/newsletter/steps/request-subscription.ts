import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { newSecret } from "../../../lib/tokens"
import { NEWSLETTER_MODULE } from "../../../modules/newsletter"
import type NewsletterModuleService from "../../../modules/newsletter/service"

/** Hours a double opt-in link stays valid. */
export const CONFIRM_TTL_HOURS = 48

type Result = { subscription_id: string; secret: string | null }
type Subscription = Awaited<ReturnType<NewsletterModuleService["retrieveNewsletterSubscription"]>>
type Undo = { restore: Subscription } | { remove: string } | null

/**
 * Puts an address in "pending" with a fresh confirmation secret. An already confirmed address stays
 * as it is (secret null: no mail), so signing up twice never sends a second confirmation request.
 */
export const requestSubscriptionStep = createStep(
  "request-newsletter-subscription",
  async (input: { email: string; locale: string }, { container }): Promise<StepResponse<Result, Undo>> => {
    const newsletter: NewsletterModuleService = container.resolve(NEWSLETTER_MODULE)
    const [existing] = await newsletter.listNewsletterSubscriptions({ email: input.email })
    if (existing?.status === "confirmed") return new StepResponse({ subscription_id: existing.id, secret: null }, null)
    const { secret, hash } = newSecret()
    const pending = {
      status: "pending" as const,
      locale: input.locale,
      confirm_token_hash: hash,
      confirm_expires_at: new Date(Date.now() + CONFIRM_TTL_HOURS * 3_600_000),
    }
    const subscription = existing
      ? await newsletter.updateNewsletterSubscriptions({ id: existing.id, ...pending })
      : await newsletter.createNewsletterSubscriptions({ email: input.email, ...pending })
    return new StepResponse(
      { subscription_id: subscription.id, secret },
      existing ? { restore: existing } : { remove: subscription.id },
    )
  },
  async (undo: Undo | undefined, { container }) => {
    if (!undo) return
    const newsletter: NewsletterModuleService = container.resolve(NEWSLETTER_MODULE)
    if ("remove" in undo) await newsletter.deleteNewsletterSubscriptions(undo.remove)
    else await newsletter.updateNewsletterSubscriptions(undo.restore)
  },
)
