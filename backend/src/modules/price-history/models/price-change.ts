import { model } from "@medusajs/framework/utils"

/**
 * One change to one of Medusa's prices (or to the price list it is in): the price's whole state from
 * `recorded_at` on. Written only by database triggers on Medusa's pricing tables, so every route that
 * changes a price (admin, price lists, imports) leaves a row; a trigger refuses update and delete.
 */
const PriceChange = model.define("price_change", {
  id: model.id({ prefix: "pchg" }).primaryKey(),
  /** Order of the changes within one moment (one transaction writes several at the same time). */
  sequence: model.number(),
  recorded_at: model.dateTime(),
  price_id: model.text(),
  price_set_id: model.text().index(),
  currency_code: model.text(),
  /** The price's region rule; null: the whole currency. */
  region_id: model.text().nullable(),
  /** Rules besides the region (customer group, ...): such a price is not everyone's. */
  other_rules: model.number(),
  amount: model.bigNumber(),
  min_quantity: model.number().nullable(),
  price_list_id: model.text().nullable(),
  price_list_type: model.text().nullable(),
  price_list_status: model.text().nullable(),
  price_list_starts_at: model.dateTime().nullable(),
  price_list_ends_at: model.dateTime().nullable(),
  price_list_rules: model.number().nullable(),
  /** The price (or its list) was deleted. */
  removed: model.boolean(),
})

export default PriceChange
