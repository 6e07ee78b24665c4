"use server"

import { newsletterConfirmSchema, newsletterSubscribeSchema, newsletterUnsubscribeSchema } from "@helder/schemas"
import { revalidatePath } from "next/cache"
import { getAccountSession } from "@/lib/cookies"
import {
  confirmNewsletterSubscription,
  subscribeToNewsletter,
  unsubscribeAccount,
  unsubscribeWithLink,
} from "@/lib/data/newsletter"
import { isDeadLink, StoreApiError } from "@/lib/medusa"

/** A newsletter form's outcome. */
export type NewsletterState = { ok?: boolean; error?: string; email?: string } | null

/** The footer sign-up: only with its own box ticked. */
export async function subscribeFromFooter(_: NewsletterState, formData: FormData): Promise<NewsletterState> {
  const email = String(formData.get("email") ?? "").slice(0, 254)
  if (formData.get("newsletter") !== "on") return { error: "consent", email }
  const parsed = newsletterSubscribeSchema.safeParse({ email, source: "footer", locale: formData.get("locale") })
  if (!parsed.success) return { error: "email", email }
  return call(() => subscribeToNewsletter(parsed.data))
}

/** Spends the double opt-in link (a POST, so mail scanners cannot confirm on someone's behalf). */
export async function confirmNewsletter(_: NewsletterState, formData: FormData): Promise<NewsletterState> {
  const parsed = newsletterConfirmSchema.safeParse({ token: formData.get("token") })
  if (!parsed.success) return { error: "invalid_link" }
  return call(() => confirmNewsletterSubscription(parsed.data))
}

/** The unsubscribe link from a newsletter; works without logging in. */
export async function unsubscribeByLink(_: NewsletterState, formData: FormData): Promise<NewsletterState> {
  const parsed = newsletterUnsubscribeSchema.safeParse({
    subscription_id: formData.get("s"),
    signature: formData.get("sig"),
  })
  if (!parsed.success) return { error: "invalid_link" }
  return call(() => unsubscribeWithLink(parsed.data))
}

/** Unsubscribes the logged-in customer from the account page. */
export async function unsubscribeFromAccount(): Promise<void> {
  const auth = await getAccountSession()
  if (auth) await unsubscribeAccount(auth)
  revalidatePath("/[locale]/account", "layout")
}

async function call(write: () => Promise<void>): Promise<NewsletterState> {
  try {
    await write()
  } catch (error) {
    if (isDeadLink(error)) return { error: "invalid_link" }
    if (error instanceof StoreApiError && error.status === 429) return { error: "rate_limited" }
    throw error
  }
  return { ok: true }
}
