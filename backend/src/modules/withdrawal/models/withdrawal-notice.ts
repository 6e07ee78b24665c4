import { model } from "@medusajs/framework/utils"

/**
 * A shopper's withdrawal from the contract (art. 11a of Directive 2011/83): who, which order, what it
 * covers, the exact statement confirmed and when, and the return it opened. The acknowledgement mail
 * repeats it; this record is the shop's proof of both.
 */
const WithdrawalNotice = model.define("withdrawal_notice", {
  id: model.id({ prefix: "wdr" }).primaryKey(),
  order_id: model.text().index(),
  return_id: model.text().nullable(),
  name: model.text(),
  email: model.text(),
  /** The order identification as the shopper gave it. */
  order_reference: model.text(),
  /** The order lines and quantities withdrawn from: { lines: [{ id, quantity, title }] }. */
  items: model.json(),
  /** The statement exactly as confirmed, in the shopper's language. */
  statement: model.text(),
  locale: model.enum(["nl", "en"]),
  /** Who withdrew: a logged-in customer or a guest through the order link. */
  source: model.enum(["customer", "guest"]),
  submitted_at: model.dateTime(),
  /**
   * When the statement was sent through the public withdrawal function, if it was confirmed later through
   * the mailed link: the moment the period is judged at and the acknowledgement states (art. 11(2), 11a).
   */
  stated_at: model.dateTime().nullable(),
  acknowledged_at: model.dateTime().nullable(),
})

export default WithdrawalNotice
