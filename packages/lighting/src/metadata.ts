import { lightingSpecSchema, LIGHTING_ATTRIBUTE_KEYS, type LightingSpec } from "./attributes"

type Metadata = Record<string, unknown> | null | undefined

/**
 * Product metadata holds the attributes every variant shares (fitting, IP rating, ...); variant
 * metadata holds what varies (wattage, kelvin, ...). The variant wins where both set a key.
 */
export function specFromMetadata(product: Metadata, variant?: Metadata): LightingSpec | null {
  const merged: Record<string, unknown> = {}
  for (const key of LIGHTING_ATTRIBUTE_KEYS) {
    const value = variant?.[key] ?? product?.[key]
    if (value !== undefined && value !== null && value !== "") merged[key] = value
  }
  const parsed = lightingSpecSchema.safeParse(merged)
  return parsed.success ? parsed.data : null
}

/** Validates a spec and splits it into metadata: shared keys on the product, the rest on the variant. */
export function specToMetadata(
  spec: Partial<LightingSpec>,
  productKeys: readonly (keyof LightingSpec)[]
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
