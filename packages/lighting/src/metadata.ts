import { lightingSpecSchema, LIGHTING_ATTRIBUTE_KEYS, type LightingSpec } from "./attributes"

/** Medusa's metadata of a product or variant, as stored or as a change sends it. */
export type Metadata = Record<string, unknown> | null | undefined

/** Unset, null and "" all mean "not given": Medusa Admin's metadata editor leaves blanks behind. */
export function isSet(value: unknown): boolean {
  return value !== undefined && value !== null && value !== ""
}

/** The lighting keys of product and variant metadata in one object; other metadata keys are left out. */
function mergeSpec(product: Metadata, variant: Metadata): Record<string, unknown> {
  const merged: Record<string, unknown> = {}
  for (const key of LIGHTING_ATTRIBUTE_KEYS) {
    const value = variant?.[key] ?? product?.[key]
    if (isSet(value)) merged[key] = value
  }
  return merged
}

/**
 * Product metadata holds the attributes every variant shares (fitting, IP rating, ...); variant
 * metadata holds what varies (wattage, kelvin, ...). The variant wins where both set a key.
 */
export function specFromMetadata(product: Metadata, variant?: Metadata): LightingSpec | null {
  const parsed = lightingSpecSchema.safeParse(mergeSpec(product, variant))
  return parsed.success ? parsed.data : null
}

/** A product is a lighting product when it or one of its variants has a lighting attribute (a gift card has none). */
export function isLightingProduct(product: Metadata, variants: readonly { metadata: Metadata }[]): boolean {
  const hasAttribute = (metadata: Metadata) => LIGHTING_ATTRIBUTE_KEYS.some((key) => isSet(metadata?.[key]))
  return hasAttribute(product) || variants.some((variant) => hasAttribute(variant.metadata))
}

/**
 * What keeps a product's variants from having a valid spec, one English sentence each, so staff see
 * which variant and attribute to fix. A product without any lighting attribute (a gift card, a
 * cable) is not a lighting product and has no problems.
 */
export function lightingSpecProblems(
  product: Metadata,
  variants: readonly { title?: string | null; metadata: Metadata }[],
): string[] {
  if (!isLightingProduct(product, variants)) return []
  const problems = variants.flatMap((variant, index) => {
    const merged = mergeSpec(product, variant.metadata)
    const parsed = lightingSpecSchema.safeParse(merged)
    if (parsed.success) return []
    const name = variant.title ? `variant "${variant.title}"` : `variant ${index + 1}`
    return parsed.error.issues.map((issue) => {
      // Only known keys are merged, so every issue is about one top-level attribute.
      const key = String(issue.path[0])
      const value = merged[key]
      if (value === undefined) return `${name}: ${key} is missing`
      // A bad shared value is the product's to fix, and said once rather than for every variant.
      const owner = isSet(variant.metadata?.[key]) ? name : "product"
      return `${owner}: ${key} ${JSON.stringify(value)} is invalid (${issue.message})`
    })
  })
  return [...new Set(problems)]
}

/** Validates a spec and splits it into metadata: shared keys on the product, the rest on the variant. */
export function specToMetadata(
  spec: Partial<LightingSpec>,
  productKeys: readonly (keyof LightingSpec)[],
): { product: Record<string, unknown>; variant: Record<string, unknown> } {
  const parsed = lightingSpecSchema.parse(spec)
  const product: Record<string, unknown> = {}
  const variant: Record<string, unknown> = {}
  for (const key of LIGHTING_ATTRIBUTE_KEYS) {
    const value = parsed[key]
    if (value === undefined) continue
    if (productKeys.includes(key)) product[key] = value
    else variant[key] = value
  }
  return { product, variant }
}
