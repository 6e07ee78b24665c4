import { expect, type APIRequestContext } from "@playwright/test"
import { LIGHTING_ATTRIBUTE_KEYS, lightingSpecSchema, type LightingSpec } from "@helder/lighting"

const backendUrl = process.env.BACKEND_URL ?? "http://localhost:9000"

/** A seeded product as the tests reason about it: its category and each variant's complete spec. */
export type SeededProduct = {
  handle: string
  title: string
  categories: string[]
  /** The product's metadata as stored, for data the tests read without the storefront's code (energy labels). */
  metadata: Record<string, unknown>
  variants: { id: string; title: string; price: number; spec: LightingSpec; metadata: Record<string, unknown> }[]
}

type RawVariant = {
  id: string
  title: string
  metadata: Record<string, unknown> | null
  calculated_price?: { calculated_amount: number }
}
type RawProduct = {
  id: string
  handle: string
  title: string
  metadata: Record<string, unknown> | null
  variants: RawVariant[]
}

/**
 * Every published product straight from the store API with all variant columns (`*variants`), merged
 * here on its own (a variant's key wins over the product's) rather than with the storefront's code, so
 * the tests compare the pages with the data and not the storefront with itself.
 */
export async function seededProducts(request: APIRequestContext): Promise<SeededProduct[]> {
  const headers = { "x-publishable-api-key": process.env.MEDUSA_PUBLISHABLE_KEY ?? "" }
  const regions = await request.get(`${backendUrl}/store/regions`, { headers, params: { fields: "id,name" } })
  const nl = ((await regions.json()) as { regions: { id: string; name: string }[] }).regions.find(
    (r) => r.name === "Nederland",
  )
  const get = async <T>(path: string, params: Record<string, string | number>): Promise<T> => {
    const response = await request.get(`${backendUrl}${path}`, { headers, params })
    expect(response.ok(), path).toBeTruthy()
    return (await response.json()) as T
  }
  const { products } = await get<{ products: RawProduct[] }>("/store/products", {
    limit: 500,
    region_id: nl?.id ?? "",
    fields: "id,handle,title,metadata,*variants,*variants.calculated_price",
  })
  expect(products.length).toBeGreaterThan(0)
  // Categories as the storefront reads them (the store API gives no product its categories).
  const product_categories = await seededCategories(request)
  const categoriesOf = new Map<string, string[]>()
  for (const category of product_categories) {
    const { products: inCategory } = await get<{ products: { id: string }[] }>("/store/products", {
      limit: 500,
      "category_id[]": category.id,
      fields: "id",
    })
    for (const { id } of inCategory) categoriesOf.set(id, [...(categoriesOf.get(id) ?? []), category.handle])
  }
  return products.map((product) => ({
    handle: product.handle,
    title: product.title,
    categories: categoriesOf.get(product.id) ?? [],
    metadata: product.metadata ?? {},
    variants: product.variants.map((variant) => {
      const merged = Object.fromEntries(
        LIGHTING_ATTRIBUTE_KEYS.flatMap((key) => {
          const value = variant.metadata?.[key] ?? product.metadata?.[key]
          return value === undefined || value === null ? [] : [[key, value]]
        }),
      )
      return {
        id: variant.id,
        title: variant.title,
        price: variant.calculated_price?.calculated_amount ?? NaN,
        spec: lightingSpecSchema.parse(merged),
        metadata: variant.metadata ?? {},
      }
    }),
  }))
}

/** Every product category of the seed, straight from the store API. */
export async function seededCategories(request: APIRequestContext): Promise<{ id: string; handle: string }[]> {
  const headers = { "x-publishable-api-key": process.env.MEDUSA_PUBLISHABLE_KEY ?? "" }
  const response = await request.get(`${backendUrl}/store/product-categories`, {
    headers,
    params: { limit: 100, fields: "id,handle" },
  })
  expect(response.ok(), "/store/product-categories").toBeTruthy()
  const { product_categories } = (await response.json()) as { product_categories: { id: string; handle: string }[] }
  expect(product_categories.length).toBeGreaterThan(0)
  return product_categories
}

/** A euro amount as the Dutch pages write it. */
export function euros(amount: number): string {
  return new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" }).format(amount)
}
