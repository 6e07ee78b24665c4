import { expect, type APIRequestContext } from "@playwright/test"
import { LIGHTING_ATTRIBUTE_KEYS, lightingSpecSchema, type LightingSpec } from "@helder/lighting"

const backendUrl = process.env.BACKEND_URL ?? "http://localhost:9000"

/** A seeded product as the tests reason about it: its category and each variant's complete spec. */
export type SeededProduct = { handle: string; title: string; categories: string[]; variants: { id: string; price: number; spec: LightingSpec }[] }

type RawVariant = { id: string; metadata: Record<string, unknown> | null; calculated_price?: { calculated_amount: number } }
type RawProduct = { handle: string; title: string; metadata: Record<string, unknown> | null; categories: { handle: string }[]; variants: RawVariant[] }

/**
 * Every published product straight from the store API with all variant columns (`*variants`), merged
 * here on its own (a variant's key wins over the product's) rather than with the storefront's code, so
 * the tests compare the pages with the data and not the storefront with itself.
 */
export async function seededProducts(request: APIRequestContext): Promise<SeededProduct[]> {
  const headers = { "x-publishable-api-key": process.env.MEDUSA_PUBLISHABLE_KEY ?? "" }
  const regions = await request.get(`${backendUrl}/store/regions?fields=id,name`, { headers })
  const nl = ((await regions.json()) as { regions: { id: string; name: string }[] }).regions.find((r) => r.name === "Nederland")
  const response = await request.get(`${backendUrl}/store/products`, {
    headers,
    params: { limit: 500, region_id: nl?.id ?? "", fields: "handle,title,metadata,*categories,*variants,*variants.calculated_price" },
  })
  expect(response.ok()).toBeTruthy()
  const { products } = (await response.json()) as { products: RawProduct[] }
  expect(products.length).toBeGreaterThan(0)
  return products.map((product) => ({
    handle: product.handle,
    title: product.title,
    categories: product.categories.map((category) => category.handle),
    variants: product.variants.map((variant) => {
      const merged = Object.fromEntries(
        LIGHTING_ATTRIBUTE_KEYS.flatMap((key) => {
          const value = variant.metadata?.[key] ?? product.metadata?.[key]
          return value === undefined || value === null ? [] : [[key, value]]
        })
      )
      return { id: variant.id, price: variant.calculated_price?.calculated_amount ?? NaN, spec: lightingSpecSchema.parse(merged) }
    }),
  }))
}

/** A euro amount as the Dutch pages write it. */
export function euros(amount: number): string {
  return new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" }).format(amount)
}
