import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { STORE_FIELDS } from "@helder/schemas"
import { toProductView, type ProductView } from "../adapter"
import { CACHE_TAGS, type Locale } from "@helder/contract"
import { storeFetch } from "../medusa"
import { withPriorPrices } from "./prior-prices"
import { getRegion } from "./regions"

// Cards show no stock, so lists (STORE_FIELDS.productList) leave out Medusa's inventory lookup, which halved the list's
// throughput (BENCHMARKS.md, issue 8); their variants' `stock` is therefore null. The product page asks for it.
/** The catalog is small (hundreds of products), so a category is fetched whole and filtered in the page. */
const MAX_PRODUCTS = 500

type ProductList = { products: HttpTypes.StoreProduct[]; count: number }

/** All products of a category, translated, with NL prices. */
export async function listCategoryProducts(categoryId: string, locale: Locale): Promise<ProductView[]> {
  const region = await getRegion()
  const { products } = await storeFetch<ProductList>("/store/products", {
    query: { category_id: [categoryId], region_id: region.id, fields: STORE_FIELDS.productList, limit: MAX_PRODUCTS },
    tags: [CACHE_TAGS.products],
  })
  return withPriorPrices(
    products.map((product) => toProductView(product, locale)),
    region.id,
  )
}

/** Products whose title or description match a free-text search. */
export async function searchProducts(q: string, locale: Locale): Promise<ProductView[]> {
  const region = await getRegion()
  const { products } = await storeFetch<ProductList>("/store/products", {
    query: { q, region_id: region.id, fields: STORE_FIELDS.productList, limit: MAX_PRODUCTS },
    tags: [CACHE_TAGS.products],
  })
  return withPriorPrices(
    products.map((product) => toProductView(product, locale)),
    region.id,
  )
}

/** The newest products, for the home page. */
export async function listNewProducts(locale: Locale, limit = 8): Promise<ProductView[]> {
  const region = await getRegion()
  const { products } = await storeFetch<ProductList>("/store/products", {
    query: { region_id: region.id, fields: STORE_FIELDS.productList, limit, order: "-created_at" },
    tags: [CACHE_TAGS.products],
  })
  return withPriorPrices(
    products.map((product) => toProductView(product, locale)),
    region.id,
  )
}

/** The products of these ids (a cart's lines), translated, with NL prices. */
export async function listProductsById(ids: string[], locale: Locale): Promise<ProductView[]> {
  if (!ids.length) return []
  const region = await getRegion()
  const { products } = await storeFetch<ProductList>("/store/products", {
    query: { id: ids, region_id: region.id, fields: STORE_FIELDS.productList, limit: ids.length },
    tags: [CACHE_TAGS.products],
  })
  return products.map((product) => toProductView(product, locale))
}

/** One product with everything the product page shows, or null for an unknown handle. */
export async function getProduct(handle: string, locale: Locale): Promise<ProductView | null> {
  const region = await getRegion()
  const { products } = await storeFetch<ProductList>("/store/products", {
    query: { handle, region_id: region.id, fields: STORE_FIELDS.productDetail, limit: 1 },
    tags: [CACHE_TAGS.products, CACHE_TAGS.product(handle)],
  })
  const [product] = products
  if (!product) return null
  const [view] = await withPriorPrices([toProductView(product, locale)], region.id)
  return view ?? null
}
