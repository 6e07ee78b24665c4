import { model } from "@medusajs/framework/utils"

/**
 * One cookie choice, the proof art. 7(1) GDPR asks for: which consent id (also in the visitor's
 * cookie), when, which categories, under which policy version, the SHA-256 of the exact banner text
 * shown, in which language and how. No IP address or browser string: the id is the only link.
 */
const ConsentRecord = model.define("consent_record", {
  id: model.id({ prefix: "cons" }).primaryKey(),
  consent_id: model.text().index(),
  categories: model.array(),
  policy_version: model.text(),
  text_hash: model.text(),
  locale: model.enum(["nl", "en"]),
  source: model.enum(["banner", "settings", "gpc"]),
  gpc: model.boolean().default(false),
  /** Set when the visitor was logged in, or logs in later with the same consent cookie. */
  customer_id: model.text().index().nullable(),
  given_at: model.dateTime(),
  expires_at: model.dateTime(),
})

export default ConsentRecord
