import { kwhPer1000h, type EnergyScope, type LightingSpec } from "@helder/lighting"

/**
 * The seed's energy labelling (Regulation (EU) 2019/2015). Bulbs, spots and strips sold on their own
 * are light sources with a label; every luminaire is a containing product that names the class of the
 * light source it comes with, replaceable unless its LED is built in. The EPREL registration numbers
 * are made up in a range no real registration uses that we know of.
 */
export type SeedEnergy = { energy_scope: EnergyScope; replaceable_light_source?: boolean }

/**
 * A light source variant's label data, as variant metadata; its model identifier is its own (one registration, one
 * model).
 */
export type SeedVariantLabel = { eprel_number: string; energy_kwh_1000h: number; model: string }

type Source = { handle: string; category: string; productSpec: Partial<LightingSpec> }

/** Light sources: the bulbs category, and the smart bulbs, spots and strips. */
export function isSeedLightSource({ category, handle }: Pick<Source, "category" | "handle">): boolean {
  return category === "led-lampen" || handle.startsWith("slimme-led")
}

export function seedEnergy(source: Source): SeedEnergy {
  if (isSeedLightSource(source)) return { energy_scope: "light_source" }
  return { energy_scope: "containing", replaceable_light_source: source.productSpec.fitting !== "LED" }
}

/** The label data of a light source's variant; null for a containing product's. */
export function seedVariantLabel(
  source: Source & { model: string },
  variant: { spec: Partial<LightingSpec>; ean: string },
  index: number,
): SeedVariantLabel | null {
  if (!isSeedLightSource(source)) return null
  const wattage = variant.spec.wattage ?? source.productSpec.wattage
  if (wattage === undefined) throw new Error(`seedVariantLabel: ${source.handle} has no wattage`)
  // The EAN's category, product and variant digits (seedEan) are unique in the catalog, so the number is too.
  return {
    eprel_number: `19${variant.ean.slice(7, 12)}`,
    energy_kwh_1000h: kwhPer1000h(wattage),
    model: `${source.model}-${String(index + 1).padStart(2, "0")}`,
  }
}
