import { z } from "zod"
import { isLightingProduct, isSet, type Metadata } from "./metadata"

/**
 * Product safety information for distance sales (Regulation (EU) 2023/988, art. 19): what an offer must
 * show before the purchase. (a) the manufacturer, (b) its EU responsible person when it is established
 * outside the Union, (c) the product's identifiers (its picture is the product image), (d) warnings and
 * safety information. All of it lives in product metadata; `model`, `ean` and `batch` may be set per
 * variant, and the variant's value wins, as with the lighting attributes.
 */

/** The EU member states (ISO 3166-1 alpha-2); "established in the Union" is decided by these. */
export const EU_MEMBER_STATES = [
  "AT",
  "BE",
  "BG",
  "HR",
  "CY",
  "CZ",
  "DK",
  "EE",
  "FI",
  "FR",
  "GR",
  "DE",
  "HU",
  "IE",
  "IT",
  "LV",
  "LT",
  "LU",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SK",
  "SI",
  "ES",
  "SE",
] as const

/** The check digit a GTIN-13 (EAN-13) ends with, computed from its first twelve digits. */
export function ean13CheckDigit(first12: string): number {
  if (!/^\d{12}$/.test(first12)) throw new Error(`ean13CheckDigit: "${first12}" is not twelve digits`)
  const sum = [...first12].reduce((total, digit, index) => total + Number(digit) * (index % 2 === 0 ? 1 : 3), 0)
  return (10 - (sum % 10)) % 10
}

/** Thirteen digits whose last is the GS1 check digit of the first twelve. */
export function isValidEan13(value: string): boolean {
  return /^\d{13}$/.test(value) && ean13CheckDigit(value.slice(0, 12)) === Number(value[12])
}

const line = z.string().trim().min(1)
const contact = { name: line, address: line, email: z.email() }
const warnings = z.array(line).min(1)

/** The product-wide part, (a), (b) and (d); the warnings are one sentence per list item. */
export const productSafetySchema = z.object({
  manufacturer: z
    .object({ ...contact, country: z.string().regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 code such as NL") })
    .strict(),
  eu_responsible_person: z
    .object({ ...contact, country: z.enum(EU_MEMBER_STATES) })
    .strict()
    .optional(),
  // Art. 19(d): a language easily understood where the product is sold. Dutch serves the Netherlands and
  // Flanders; Belgium also has French and German as official languages, which the shop does not offer yet.
  safety_nl: warnings,
  safety_en: warnings,
})
export type ProductSafety = z.infer<typeof productSafetySchema>

/** The per-variant part, (c): type (model), GTIN-13 and, where relevant, batch. */
export const productIdentitySchema = z.object({
  model: line,
  ean: z.string().refine(isValidEan13, "a GTIN-13 of 13 digits with a valid check digit"),
  batch: line.optional(),
})
export type ProductIdentity = z.infer<typeof productIdentitySchema>

export const PRODUCT_SAFETY_KEYS = ["manufacturer", "eu_responsible_person", "safety_nl", "safety_en"] as const
export const PRODUCT_IDENTITY_KEYS = ["model", "ean", "batch"] as const

function pick(keys: readonly string[], product: Metadata, variant?: Metadata): Record<string, unknown> {
  const picked: Record<string, unknown> = {}
  for (const key of keys) {
    const value = variant?.[key] ?? product?.[key]
    if (isSet(value)) picked[key] = value
  }
  return picked
}

function established(safety: ProductSafety): boolean {
  return (EU_MEMBER_STATES as readonly string[]).includes(safety.manufacturer.country)
}

/**
 * The product-wide safety information, or null when it is incomplete or invalid (or lacks the responsible person it
 * needs).
 */
export function productSafetyFromMetadata(product: Metadata): ProductSafety | null {
  const parsed = productSafetySchema.safeParse(pick(PRODUCT_SAFETY_KEYS, product))
  if (!parsed.success || (!established(parsed.data) && !parsed.data.eu_responsible_person)) return null
  return parsed.data
}

/** A variant's identifiers, its own metadata winning over the product's; null when incomplete or invalid. */
export function productIdentityFromMetadata(product: Metadata, variant?: Metadata): ProductIdentity | null {
  const parsed = productIdentitySchema.safeParse(pick(PRODUCT_IDENTITY_KEYS, product, variant))
  return parsed.success ? parsed.data : null
}

function issues(owner: string, error: z.ZodError, given: Record<string, unknown>): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join(".")
    const value = issue.path.reduce<unknown>(
      (at, key) => (at as Record<PropertyKey, unknown> | undefined)?.[key as PropertyKey],
      given,
    )
    if (value === undefined) return `${owner}: ${path} is missing`
    return `${owner}: ${path} ${JSON.stringify(value)} is invalid (${issue.message})`
  })
}

/**
 * What keeps a lighting product from showing the safety information art. 19 asks for, one English
 * sentence each, naming the key (and variant) to fix. Like lightingSpecProblems, a product without any
 * lighting attribute (a gift card) has none.
 */
export function productSafetyProblems(
  product: Metadata,
  variants: readonly { title?: string | null; metadata: Metadata }[],
  hasPicture: boolean,
): string[] {
  if (!isLightingProduct(product, variants)) return []
  const problems: string[] = hasPicture ? [] : ["product: a picture is missing"]
  const safety = pick(PRODUCT_SAFETY_KEYS, product)
  const parsed = productSafetySchema.safeParse(safety)
  if (!parsed.success) problems.push(...issues("product", parsed.error, safety))
  else if (!established(parsed.data) && !parsed.data.eu_responsible_person) {
    problems.push(
      `product: eu_responsible_person is missing (the manufacturer is established in ${parsed.data.manufacturer.country}, outside the EU)`,
    )
  } else if (parsed.data.safety_nl.length !== parsed.data.safety_en.length) {
    problems.push("product: safety_nl and safety_en list a different number of warnings")
  }
  const owners = new Map<string, string>()
  variants.forEach((variant, index) => {
    const name = variant.title ? `variant "${variant.title}"` : `variant ${index + 1}`
    const identity = pick(PRODUCT_IDENTITY_KEYS, product, variant.metadata)
    const parsedIdentity = productIdentitySchema.safeParse(identity)
    if (!parsedIdentity.success) problems.push(...issues(name, parsedIdentity.error, identity))
    const ean = parsedIdentity.data?.ean
    // One GTIN names one trade item: two variants sharing it cannot be told apart.
    if (ean && owners.has(ean)) problems.push(`${name}: ean ${ean} is also the ean of ${owners.get(ean)}`)
    else if (ean) owners.set(ean, name)
  })
  return [...new Set(problems)]
}
