import { model } from "@medusajs/framework/utils"

/**
 * Append-only proof of every opt-in request, confirmation and opt-out: when, where, and the exact
 * words shown (with their hash), so a consent can be shown to the subscriber or a regulator.
 */
const NewsletterConsentEvent = model.define("newsletter_consent_event", {
  id: model.id({ prefix: "nlev" }).primaryKey(),
  subscription_id: model.text().index(),
  action: model.enum(["requested", "confirmed", "unsubscribed"]),
  source: model.text(),
  text: model.text().nullable(),
  text_hash: model.text().nullable(),
})

export default NewsletterConsentEvent
