import "server-only"
import { PRIOR_PRICES_MAX_VARIANTS, type PriorPricesResponse } from "@helder/schemas"
import type { ProductView } from "../adapter"
import { CACHE_TAGS } from "@helder/contract"
import { storeFetch } from "../medusa"

/** A minute: a sale that starts or ends shows its prior price (or loses it) within one. */
const PRIOR_PRICE_REVALIDATE_SECONDS = 60

/**
 * The products with the prior price of each running reduction (Directive 98/6/EC art. 6a), from the
 * backend's price history. A variant gets one only when the history's price is the price the page
 * shows, so no price is ever struck through without the history behind it.
 */
export async function withPriorPrices(products: ProductView[], regionId: string): Promise<ProductView[]> {
  const ids = products.flatMap((product) => product.variants.map((variant) => variant.id))
  const chunks = Array.from({ length: Math.ceil(ids.length / PRIOR_PRICES_MAX_VARIANTS) }, (_, i) =>
    ids.slice(i * PRIOR_PRICES_MAX_VARIANTS, (i + 1) * PRIOR_PRICES_MAX_VARIANTS),
  )
  const answers = await Promise.all(
    chunks.map((variant_id) =>
      storeFetch<PriorPricesResponse>("/store/prior-prices", {
        query: { region_id: regionId, variant_id },
        tags: [CACHE_TAGS.products],
        revalidate: PRIOR_PRICE_REVALIDATE_SECONDS,
      }),
    ),
  )
  const known = new Map(
    answers.flatMap((answer) => answer.prior_prices.map((entry) => [entry.variant_id, entry] as const)),
  )
  return products.map((product) => {
    const variants = product.variants.map((variant) => {
      const entry = known.get(variant.id)
      return { ...variant, priorPrice: entry && entry.amount === variant.price ? entry.prior_price : null }
    })
    // The card shows the lowest price: it is announced as reduced only if that variant's price is.
    const cheapest = variants.flatMap((variant) =>
      variant.price === product.price && variant.priorPrice !== null ? [variant.priorPrice] : [],
    )
    const priorPrice = cheapest.length ? Math.min(...cheapest) : null
    return { ...product, variants, priorPrice }
  })
}
