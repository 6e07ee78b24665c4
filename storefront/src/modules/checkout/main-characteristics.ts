import type { Locale } from "@helder/contract"
import type { HttpTypes } from "@medusajs/types"
import type { ProductView } from "@/lib/adapter"
import { specValues } from "@/modules/product/spec-values"

type Words = { dimmable: string; notDimmable: string; energyClass: (value: string) => string }

/**
 * One cart line's main characteristics (Directive 2011/83 art. 6(1)(a), repeated right above the order
 * button by art. 8(2)): quantity, product and variant in the shopper's language, and the variant's
 * lighting attributes with units, read from the catalog as the product page shows them.
 */
export function mainCharacteristics(
  item: HttpTypes.StoreCartLineItem,
  products: ProductView[],
  locale: Locale,
  words: Words,
): string {
  const product = products.find((p) => p.id === item.product_id)
  const variant = product?.variants.find((v) => v.id === item.variant_id)
  const values = variant?.spec
    ? specValues(variant.spec, locale, { yes: words.dimmable, no: words.notDimmable }).map(({ key, value }) =>
        key === "energy_class" ? words.energyClass(value) : value,
      )
    : []
  const name = [product?.title ?? item.product_title, variant?.title ?? item.variant_title].filter(Boolean).join(" — ")
  return [`${item.quantity} × ${name}`, values.join(" · ")].filter(Boolean).join(": ")
}
