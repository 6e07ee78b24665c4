import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { priceStatement } from "@helder/lighting"
import type { PriorPricesQuery, PriorPricesResponse } from "@helder/schemas"
import { now } from "../../../lib/clock"
import { PRICE_HISTORY_MODULE } from "../../../modules/price-history"
import type PriceHistoryModuleService from "../../../modules/price-history/service"

/**
 * GET /store/prior-prices?region_id=…&variant_id=… — each variant's price in the region now and, when a
 * reduction runs, the lowest price of the 30 days before it began (Directive 98/6/EC art. 6a), both
 * from the price history, so the storefront never strikes through a price the history cannot back.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<PriorPricesResponse>) {
  const { region_id, variant_id } = req.validatedQuery as PriorPricesQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: regions } = await query.graph({
    entity: "region",
    fields: ["id", "currency_code"],
    filters: { id: region_id },
  })
  const region = regions[0]
  if (!region) return void res.json({ prior_prices: [] })
  const { data: variants } = await query.graph({
    entity: "variant",
    fields: ["id", "price_set.id"],
    filters: { id: variant_id },
  })
  const priceSets = new Map(variants.flatMap((v) => (v.price_set?.id ? [[v.id, v.price_set.id] as const] : [])))
  const history = await req.scope
    .resolve<PriceHistoryModuleService>(PRICE_HISTORY_MODULE)
    .historyByPriceSet([...priceSets.values()], region.currency_code)
  const moment = now()
  const prior_prices = [...priceSets].flatMap(([id, priceSetId]) => {
    const statement = priceStatement(history.get(priceSetId) ?? [], moment, region.currency_code, region.id)
    if (!statement) return []
    const { current, reduction } = statement
    return [
      {
        variant_id: id,
        currency_code: region.currency_code,
        amount: current,
        prior_price: reduction?.priorPrice ?? null,
        reduced_since: reduction?.since.toISOString() ?? null,
      },
    ]
  })
  res.json({ prior_prices })
}
