import { z } from "zod"
import { emailSchema } from "./contact"

/** Where a newsletter opt-in was given; recorded with every consent event. */
export const NEWSLETTER_SOURCES = ["registration", "checkout", "footer", "account"] as const
export type NewsletterSource = (typeof NEWSLETTER_SOURCES)[number]

/**
 * The exact opt-in sentence shown next to the (unticked) box, per language. The storefront shows
 * these words and the backend records them with their hash, so the consent can be proven later.
 */
export const NEWSLETTER_OPT_IN_TEXT = {
  nl: "Ja, stuur mij de Helder-nieuwsbrief met nieuwe lampen en aanbiedingen. Afmelden kan altijd, via de link in elke nieuwsbrief.",
  en: "Yes, send me the Helder newsletter with new lamps and offers. You can unsubscribe at any time, with the link in every newsletter.",
} as const

/** A newsletter sign-up from one of the opt-in places. */
export const newsletterSubscribeSchema = z
  .object({ email: emailSchema, source: z.enum(NEWSLETTER_SOURCES), locale: z.enum(["nl", "en"]).default("nl") })
  .strict()
export type NewsletterSubscribe = z.infer<typeof newsletterSubscribeSchema>

/** The double opt-in link. */
export const newsletterConfirmSchema = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/) }).strict()

/** The unsubscribe link in every newsletter: the subscription and its signature, no login needed. */
export const newsletterUnsubscribeSchema = z
  .object({ subscription_id: z.string().regex(/^nlsub_[0-9A-Z]+$/), signature: z.string().regex(/^[a-f0-9]{64}$/) })
  .strict()
