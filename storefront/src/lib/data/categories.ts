import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { STORE_FIELDS } from "@helder/schemas"
import { toCategoryView, type CategoryView } from "../adapter"
import { CACHE_TAGS, type Locale } from "@helder/contract"
import { storeFetch } from "../medusa"

/** Every active category in the shop's order. */
export async function listCategories(locale: Locale): Promise<CategoryView[]> {
  const { product_categories } = await storeFetch<{ product_categories: HttpTypes.StoreProductCategory[] }>(
    "/store/product-categories",
    { query: { fields: STORE_FIELDS.categories, limit: 100, order: "rank" }, tags: [CACHE_TAGS.categories] },
  )
  return product_categories.map((category) => toCategoryView(category, locale))
}

/** One category by handle, or null when there is none. */
export async function getCategory(handle: string, locale: Locale): Promise<CategoryView | null> {
  const categories = await listCategories(locale)
  return categories.find((category) => category.handle === handle) ?? null
}
