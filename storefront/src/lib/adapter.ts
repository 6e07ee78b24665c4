import type { Locale } from "@helder/contract"
import type { HttpTypes } from "@medusajs/types"
import {
  energyInfoFromMetadata,
  energyLabelFromMetadata,
  lightingSpecProblems,
  productIdentityFromMetadata,
  productSafetyFromMetadata,
  specFromMetadata,
  type CatalogItem,
  type EnergyInfo,
  type EnergyLabel,
  type LightingSpec,
  type ProductIdentity,
} from "@helder/lighting"

/** The shop's languages; the consent module still imports the type from here. */

/** A variant as the product page needs it. */
export interface VariantView {
  id: string
  title: string
  options: Record<string, string>
  price: number | null
  /** The lowest price of the 30 days before a running reduction (art. 6a); null: none to announce. */
  priorPrice: number | null
  /** Units that can still be ordered; null when stock is not tracked, or not asked for (lists). */
  stock: number | null
  spec: LightingSpec | null
  /** Type, EAN and batch (GPSR art. 19(c)); null for a product that needs none or lacks them. */
  identity: ProductIdentity | null
  /** A light source's energy label (Regulation (EU) 2019/2015); null for a luminaire or a product out of scope. */
  energyLabel: EnergyLabel | null
}

/** A business the product page names with its contact details (GPSR art. 19(a) and (b)). */
export interface OperatorView {
  name: string
  address: string
  email: string
}

/** The product safety information of the product page (Regulation (EU) 2023/988, art. 19). */
export interface SafetyView {
  manufacturer: OperatorView
  /** Only when the manufacturer is established outside the EU, or the product names one anyway. */
  responsiblePerson: OperatorView | null
  /** Warnings and safety information in the page's language. */
  warnings: string[]
}

/** A product in the shop's own terms, translated, with prices in euros incl. VAT. */
export interface ProductView extends CatalogItem {
  handle: string
  description: string
  thumbnail: string | null
  material: string | null
  options: { title: string; values: string[] }[]
  variants: VariantView[]
  safety: SafetyView | null
  /**
   * Light source, containing product (with the classes it contains) or out of scope; null when the product does not
   * say.
   */
  energy: EnergyInfo | null
  /** The prior price of the reduced lowest price the card shows; null: none to announce. */
  priorPrice: number | null
}

/** A category in the shop's own terms. */
export interface CategoryView {
  id: string
  handle: string
  name: string
  description: string
  image: string | null
}

function text(metadata: Record<string, unknown> | null | undefined, key: string): string | null {
  const value = metadata?.[key]
  return typeof value === "string" && value.length > 0 ? value : null
}

/** English comes from metadata (`title_en`, ...); Dutch is the product's own field. */
function localised(
  locale: Locale,
  dutch: string | null | undefined,
  metadata: Record<string, unknown> | null | undefined,
  key: string,
) {
  return (locale === "en" ? text(metadata, `${key}_en`) : null) ?? dutch ?? ""
}

/**
 * A variant's lighting spec. The backend refuses products with a broken set, so one that arrives
 * anyway (or a field list that lost its metadata) is logged rather than shown silently without specs.
 */
function variantSpec(product: HttpTypes.StoreProduct, variant: HttpTypes.StoreProductVariant): LightingSpec | null {
  const spec = specFromMetadata(product.metadata, variant.metadata)
  // Only on failure: the same rule the backend refuses products by, with the reason for the log.
  const problems = spec
    ? []
    : lightingSpecProblems(product.metadata, [{ title: variant.title, metadata: variant.metadata }])
  if (problems.length)
    console.warn(`catalog: ${product.handle ?? product.id} shows no specifications: ${problems.join("; ")}`)
  return spec
}

/**
 * The product's safety information in the page's language; the backend refuses to publish a lighting product without
 * it.
 */
function safetyView(metadata: Record<string, unknown> | null | undefined, locale: Locale): SafetyView | null {
  const safety = productSafetyFromMetadata(metadata)
  if (!safety) return null
  const operator = ({ name, address, email }: OperatorView) => ({ name, address, email })
  return {
    manufacturer: operator(safety.manufacturer),
    responsiblePerson: safety.eu_responsible_person ? operator(safety.eu_responsible_person) : null,
    warnings: locale === "en" ? safety.safety_en : safety.safety_nl,
  }
}

/** Turns Medusa's product into the storefront's product view. */
export function toProductView(product: HttpTypes.StoreProduct, locale: Locale): ProductView {
  const variants: VariantView[] = (product.variants ?? []).map((variant) => ({
    id: variant.id,
    title: variant.title ?? "",
    options: Object.fromEntries(
      (variant.options ?? []).flatMap((option) => (option.option?.title ? [[option.option.title, option.value]] : [])),
    ),
    price: variant.calculated_price?.calculated_amount ?? null,
    // Only the price history knows a prior price (lib/data/prior-prices.ts).
    priorPrice: null,
    stock: variant.manage_inventory ? Math.max(0, variant.inventory_quantity ?? 0) : null,
    spec: variantSpec(product, variant),
    identity: productIdentityFromMetadata(product.metadata, variant.metadata),
    energyLabel: energyLabelFromMetadata(product.metadata, variant.metadata),
  }))
  const prices = variants.flatMap((variant) => (variant.price === null ? [] : [variant.price]))
  return {
    id: product.id,
    handle: product.handle ?? product.id,
    title: localised(locale, product.title, product.metadata, "title"),
    description: localised(locale, product.description, product.metadata, "description"),
    thumbnail: product.thumbnail ?? null,
    material: product.material ?? null,
    created_at: String(product.created_at ?? ""),
    price: prices.length > 0 ? Math.min(...prices) : null,
    specs: variants.flatMap((variant) => (variant.spec ? [variant.spec] : [])),
    options: (product.options ?? []).map((option) => ({
      title: option.title ?? "",
      values: (option.values ?? []).map((value) => value.value ?? ""),
    })),
    variants,
    safety: safetyView(product.metadata, locale),
    energy: energyInfoFromMetadata(
      product.metadata,
      (product.variants ?? []).map((variant) => ({ metadata: variant.metadata })),
    ),
    priorPrice: null,
  }
}

/** Turns Medusa's category into the storefront's category view. */
export function toCategoryView(category: HttpTypes.StoreProductCategory, locale: Locale): CategoryView {
  return {
    id: category.id,
    handle: category.handle,
    name: localised(locale, category.name, category.metadata, "name"),
    description: localised(locale, category.description, category.metadata, "description"),
    image: text(category.metadata, "image"),
  }
}

type AddressLike = {
  first_name?: string | null
  last_name?: string | null
  address_1?: string | null
  postal_code?: string | null
  city?: string | null
  country_code?: string | null
  phone?: string | null
}

/** An address (saved, on a cart or on an order) as the values of an address form. */
export function addressFormValues(address: AddressLike | null | undefined): Record<string, string> {
  return {
    first_name: address?.first_name ?? "",
    last_name: address?.last_name ?? "",
    address_1: address?.address_1 ?? "",
    postal_code: address?.postal_code ?? "",
    city: address?.city ?? "",
    country_code: address?.country_code ?? "nl",
    phone: address?.phone ?? "",
  }
}
