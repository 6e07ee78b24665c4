import { model } from "@medusajs/framework/utils"

/**
 * An address the customer's login used before a confirmed change. The shop keeps it while the account
 * lives so that a data download and an erasure also find what it holds under that address. Its
 * created_at is when the new address took over, by the database's clock like the rows it is compared
 * with: only rows created up to then are the customer's under this address.
 */
const EarlierEmail = model.define("earlier_email", {
  id: model.id({ prefix: "earlymail" }).primaryKey(),
  customer_id: model.text().index(),
  email: model.text(),
})

export default EarlierEmail
