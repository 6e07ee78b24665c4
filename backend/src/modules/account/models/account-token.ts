import { model } from "@medusajs/framework/utils"

/** A single-use link sent by mail: e-mail verification, password reset or e-mail change. */
const AccountToken = model.define("account_token", {
  id: model.id({ prefix: "acctok" }).primaryKey(),
  customer_id: model.text().index(),
  purpose: model.enum(["verify_email", "reset_password", "change_email"]),
  token_hash: model.text().unique(),
  expires_at: model.dateTime(),
  used_at: model.dateTime().nullable(),
  /** Only for change_email: the address that becomes the login once confirmed. */
  new_email: model.text().nullable(),
})

export default AccountToken
