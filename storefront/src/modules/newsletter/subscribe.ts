import "server-only"
import type { Locale } from "@helder/contract"
import { newsletterSubscribeSchema, type NewsletterSource } from "@helder/schemas"
import { subscribeToNewsletter } from "@/lib/data/newsletter"

/**
 * Signs an address up when its own opt-in box was ticked (never by default). The backend records the
 * opt-in sentence for that language and sends the double opt-in mail.
 */
export async function subscribeIfTicked(formData: FormData, email: string, source: NewsletterSource, locale: Locale) {
  if (formData.get("newsletter") !== "on") return
  const parsed = newsletterSubscribeSchema.safeParse({ email, source, locale })
  if (parsed.success) await subscribeToNewsletter(parsed.data)
}
