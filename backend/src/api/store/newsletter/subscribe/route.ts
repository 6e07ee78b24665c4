import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { NEWSLETTER_OPT_IN_TEXT, type NewsletterSubscribe } from "@helder/schemas"
import { readBackendEnv } from "../../../../lib/env"
import { textHash } from "../../../../lib/newsletter-link"
import { subscribeToNewsletterWorkflow } from "../../../../workflows/newsletter/subscribe-to-newsletter"

/**
 * POST /store/newsletter/subscribe — records the opt-in with the exact sentence the storefront showed
 * and mails the double opt-in link. Same answer for every address.
 */
export async function POST(req: MedusaRequest<NewsletterSubscribe>, res: MedusaResponse) {
  const { email, source, locale } = req.validatedBody
  const text = NEWSLETTER_OPT_IN_TEXT[locale]
  await subscribeToNewsletterWorkflow(req.scope).run({
    input: { email, source, locale, text, text_hash: textHash(text), storefront_url: readBackendEnv().STOREFRONT_URL },
  })
  res.status(202).json({ message: "Check your mailbox to confirm the subscription." })
}
