import { model } from "@medusajs/framework/utils"

/**
 * One admin login, keyed by the SHA-256 of its token or session cookie id: it ends after 30 minutes
 * without a request and 12 hours after it began, whatever the token's own expiry says.
 */
const StaffSession = model.define("staff_session", {
  id: model.id({ prefix: "staffsess" }).primaryKey(),
  key_hash: model.text().unique(),
  user_id: model.text().index(),
  started_at: model.dateTime(),
  last_seen_at: model.dateTime(),
  ended_at: model.dateTime().nullable(),
})

export default StaffSession
