import StripeProviderService from "@medusajs/payment-stripe/dist/services/stripe-provider"
import type { StripeOptions } from "@medusajs/payment-stripe/dist/types"
import Stripe from "stripe"

/** Medusa's options, plus where the Stripe API answers (a stand-in or a proxy) instead of api.stripe.com. */
export type StripePaymentOptions = StripeOptions & { apiBase?: string }

/**
 * Medusa's Stripe provider (card, iDEAL and Bancontact in one Payment Element), talking to the Stripe
 * API at `apiBase`. Medusa's own service offers no host option; everything else is inherited, and the
 * provider keeps its id, pp_stripe_stripe.
 */
export default class StripePaymentService extends StripeProviderService {
  constructor(cradle: Record<string, unknown>, options: StripePaymentOptions) {
    super(cradle, options)
    if (!options.apiBase) return
    const base = new URL(options.apiBase)
    const protocol = base.protocol === "http:" ? "http" : "https"
    this.stripe_ = new Stripe(options.apiKey, {
      host: base.hostname,
      port: base.port || (protocol === "http" ? 80 : 443),
      protocol,
    })
  }
}
