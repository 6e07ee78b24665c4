import "server-only"
import type { z } from "zod"
import type { NewsletterSubscribe, newsletterConfirmSchema, newsletterUnsubscribeSchema } from "@helder/schemas"
import type { AccountSession } from "../cookies"
import { storeFetch } from "../medusa"

/** Signs an address up; the backend records the opt-in sentence and sends the double opt-in mail. */
export async function subscribeToNewsletter(subscription: NewsletterSubscribe): Promise<void> {
  await storeFetch("/store/newsletter/subscribe", { method: "POST", body: subscription })
}

/** Spends a double opt-in link. */
export async function confirmNewsletterSubscription(body: z.infer<typeof newsletterConfirmSchema>): Promise<void> {
  await storeFetch("/store/newsletter/confirm", { method: "POST", body })
}

/** Unsubscribes with the signed link from a newsletter, without a login. */
export async function unsubscribeWithLink(body: z.infer<typeof newsletterUnsubscribeSchema>): Promise<void> {
  await storeFetch("/store/newsletter/unsubscribe", { method: "POST", body })
}

/** Unsubscribes the logged-in customer. */
export async function unsubscribeAccount(auth: AccountSession): Promise<void> {
  await storeFetch("/store/account/newsletter", { method: "DELETE", auth })
}
