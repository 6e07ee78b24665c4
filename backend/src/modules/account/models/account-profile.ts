import { model } from "@medusajs/framework/utils"

/** What Helder knows of a customer beyond Medusa's customer: verification and the optional birth date. */
const AccountProfile = model.define("account_profile", {
  id: model.id({ prefix: "accprof" }).primaryKey(),
  customer_id: model.text().unique(),
  email_verified_at: model.dateTime().nullable(),
  /** ISO date (YYYY-MM-DD); optional, asked for nothing but the customer's own convenience. */
  birth_date: model.text().nullable(),
  /** The last successful login: with the last order it tells when an account became inactive (retention). */
  last_login_at: model.dateTime().nullable(),
})

export default AccountProfile
