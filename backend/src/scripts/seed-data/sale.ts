/**
 * The seed's one sale, a price list of type sale: so shoppers (and the browser tests) see a reduction
 * announced with its prior price from the price history (Directive 98/6/EC art. 6a). Products no
 * test prices by hand; each of their variants costs `reduction` euros less while it runs.
 */
export const SEED_SALE = {
  title: "Winteractie",
  description: "Korting op een paar vloer- en wandlampen",
  products: {
    "vloerlamp-drievoet-50": { reduction: 30 },
    "vloerlamp-globe-160": { reduction: 30 },
    "wandlamp-duo-up-down": { reduction: 10 },
  } as Readonly<Record<string, { reduction: number }>>,
} as const

/** A variant's price in the seed's sale, or its own price when its product is not in the sale. */
export function seedSalePrice(handle: string, price: number): number {
  const sale = SEED_SALE.products[handle]
  return sale ? Math.round((price - sale.reduction) * 100) / 100 : price
}
