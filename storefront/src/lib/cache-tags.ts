/** Cache tags for shared catalog data, defined once; a product change revalidates these. */
export const cacheTags = {
  products: "products",
  categories: "categories",
  regions: "regions",
  policy: "policy",
  product: (handle: string) => `product:${handle}`,
} as const
