import { z } from "zod"

/** At most this many variants per request: a category page's worth. */
export const PRIOR_PRICES_MAX_VARIANTS = 100

const variantId = z.string().regex(/^variant_[0-9A-Z]{26}$/)

/** GET /store/prior-prices: the variants (one or a list, as the query string gives them) and the shopper's region. */
export const priorPricesQuerySchema = z
  .object({
    region_id: z.string().regex(/^reg_[0-9A-Z]{26}$/),
    variant_id: z
      .union([variantId, z.array(variantId).min(1).max(PRIOR_PRICES_MAX_VARIANTS)])
      .transform((ids) => (Array.isArray(ids) ? ids : [ids])),
  })
  .strict()

export type PriorPricesQuery = z.infer<typeof priorPricesQuerySchema>

/** One variant's price now, and when a reduction runs, its prior price (Directive 98/6/EC art. 6a). */
export type VariantPriorPrice = {
  variant_id: string
  currency_code: string
  amount: number
  /** The lowest price of the 30 days before the reduction began; null: no reduction may be announced. */
  prior_price: number | null
  /** When the running reduction began (ISO 8601), with prior_price. */
  reduced_since: string | null
}

/** The answer of GET /store/prior-prices: variants without a price in the region are left out. */
export type PriorPricesResponse = { prior_prices: VariantPriorPrice[] }
