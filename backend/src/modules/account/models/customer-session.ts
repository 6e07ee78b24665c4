import { model } from "@medusajs/framework/utils"

/**
 * A logged-in customer's session. The storefront holds the secret; only its SHA-256 is stored, so
 * a database reader cannot take over a session. Revoking the row logs the session out everywhere.
 */
const CustomerSession = model.define("customer_session", {
  id: model.id({ prefix: "csess" }).primaryKey(),
  customer_id: model.text().index(),
  secret_hash: model.text().unique(),
  expires_at: model.dateTime(),
  last_seen_at: model.dateTime(),
  revoked_at: model.dateTime().nullable(),
})

export default CustomerSession
