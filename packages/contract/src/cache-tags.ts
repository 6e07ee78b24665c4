/**
 * The storefront's cache tags for shared catalog data, defined once: the storefront tags what it caches
 * with them, the backend names them when it asks the storefront to revalidate after a change.
 */
export const CACHE_TAGS = {
  products: "products",
  categories: "categories",
  regions: "regions",
  policy: "policy",
  product: (handle: string) => `product:${handle}` as const,
} as const

/** The tags of whole catalog lists, which a backend event may name (one product's tag is `product:<handle>`). */
export const CATALOG_TAGS = [CACHE_TAGS.products, CACHE_TAGS.categories, CACHE_TAGS.regions] as const

/** A tag of a whole catalog list. */
export type CatalogTag = (typeof CATALOG_TAGS)[number]
