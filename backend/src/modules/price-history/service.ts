import type { InferTypeOf } from "@medusajs/framework/types"
import { MedusaService } from "@medusajs/framework/utils"
import type { PriceRecord } from "@helder/lighting"
import PriceChange from "./models/price-change"

type PriceChangeRow = InferTypeOf<typeof PriceChange>

const toRecord = (row: PriceChangeRow): PriceRecord => ({
  at: new Date(row.recorded_at),
  priceId: row.price_id,
  currencyCode: row.currency_code,
  regionId: row.region_id,
  otherRules: row.other_rules,
  amount: Number(row.amount),
  minQuantity: row.min_quantity,
  priceList: row.price_list_id
    ? {
        id: row.price_list_id,
        type: row.price_list_type === "override" ? "override" : "sale",
        status: row.price_list_status === "active" ? "active" : "draft",
        startsAt: row.price_list_starts_at ? new Date(row.price_list_starts_at) : null,
        endsAt: row.price_list_ends_at ? new Date(row.price_list_ends_at) : null,
        rulesCount: row.price_list_rules ?? 0,
      }
    : null,
  removed: row.removed,
})

/** The price history; rows are only ever added, by the triggers on Medusa's pricing tables. */
export default class PriceHistoryModuleService extends MedusaService({ PriceChange }) {
  /** The history of the given price sets in one currency, oldest first, by price set id. */
  async historyByPriceSet(priceSetIds: string[], currencyCode: string): Promise<Map<string, PriceRecord[]>> {
    const rows = await this.listPriceChanges(
      { price_set_id: priceSetIds, currency_code: currencyCode },
      { order: { recorded_at: "ASC", sequence: "ASC" }, take: null },
    )
    const history = new Map<string, PriceRecord[]>()
    for (const row of rows) history.set(row.price_set_id, [...(history.get(row.price_set_id) ?? []), toRecord(row)])
    return history
  }
}
