import { model } from "@medusajs/framework/utils"

/** One address's newsletter subscription; only "confirmed" ever receives a newsletter. */
const NewsletterSubscription = model.define("newsletter_subscription", {
  id: model.id({ prefix: "nlsub" }).primaryKey(),
  email: model.text().unique(),
  status: model.enum(["pending", "confirmed", "unsubscribed"]).default("pending"),
  locale: model.text().default("nl"),
  /** SHA-256 of the double opt-in link's secret; cleared once used. */
  confirm_token_hash: model.text().nullable(),
  confirm_expires_at: model.dateTime().nullable(),
  confirmed_at: model.dateTime().nullable(),
  unsubscribed_at: model.dateTime().nullable(),
})

export default NewsletterSubscription
