import { z } from "zod"
import { ENERGY_CLASSES, type EnergyClass } from "./attributes"
import { isLightingProduct, isSet, specFromMetadata, type Metadata } from "./metadata"

/**
 * Energy labelling of light sources (Commission Delegated Regulation (EU) 2019/2015).
 *
 * A lighting product is one of three things, set in product metadata as `energy_scope`:
 * - `light_source`: sold on its own (a bulb, a spot, a strip). It carries the label: its EPREL
 *   registration number (`eprel_number`) and its on-mode energy use in kWh/1000 h
 *   (`energy_kwh_1000h`, Annex III: the on-mode power rounded up to the next integer), per variant
 *   or shared on the product; its class is the lighting attribute `energy_class`, the supplier is the
 *   GPSR manufacturer and the model identifier the GPSR `model`.
 * - `containing`: a luminaire sold with its light source(s) inside. It never shows a label of its own
 *   (Regulation (EU) 2017/1369 art. 6(d)); its documentation names the class of what it contains
 *   (Annex V, point 2), and `replaceable_light_source` says whether the user can replace it.
 * - `out_of_scope`: not covered (Annex IV), so it shows neither.
 */
export const ENERGY_SCOPES = ["light_source", "containing", "out_of_scope"] as const
export type EnergyScope = (typeof ENERGY_SCOPES)[number]

/** The label's keys a variant may set, or the product for all its variants (the variant's value wins). */
export const ENERGY_LABEL_VARIANT_KEYS = ["eprel_number", "energy_kwh_1000h"] as const

/**
 * The arrow colours of the scale, best class first (Annex III, point 2: CMYK 100-0-100-0 for A through
 * 0-100-100-0 for G), as the RGB a screen shows them.
 */
export const ENERGY_CLASS_COLOURS: Record<EnergyClass, string> = {
  A: "#00a651",
  B: "#50b848",
  C: "#bed630",
  D: "#fff200",
  E: "#fdb913",
  F: "#f37021",
  G: "#ed1c24",
}

/** An EPREL registration number as EPREL issues it: digits only. */
export const eprelNumberSchema = z.string().regex(/^\d{4,10}$/, "an EPREL registration number of 4 to 10 digits")

const labelDataSchema = z.object({
  eprel_number: z.union([eprelNumberSchema, z.number().int().positive().transform(String)]).pipe(eprelNumberSchema),
  energy_kwh_1000h: z.number().int().min(0).max(100000),
})

/** Everything the label of one light source shows (Annex III), with its EPREL registration. */
export type EnergyLabel = {
  registration: string
  energyClass: EnergyClass
  /** On-mode energy use, kWh/1000 h. */
  kwh: number
  supplier: string
  model: string
}

/** What a lighting product says about energy labelling, in one of the three forms. */
export type EnergyInfo =
  | { scope: "light_source" }
  | { scope: "containing"; classes: EnergyClass[]; replaceable: boolean }
  | { scope: "out_of_scope" }

/** The product's scope, or null when it does not say (or says something unknown). */
export function energyScope(product: Metadata): EnergyScope | null {
  const value = product?.energy_scope
  return (ENERGY_SCOPES as readonly unknown[]).includes(value) ? (value as EnergyScope) : null
}

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() ? value.trim() : null
}

function pickLabelData(product: Metadata, variant: Metadata): Record<string, unknown> {
  const picked: Record<string, unknown> = {}
  for (const key of ENERGY_LABEL_VARIANT_KEYS) {
    const value = variant?.[key] ?? product?.[key]
    if (isSet(value)) picked[key] = value
  }
  return picked
}

/** A light source variant's label, or null when the product is not a light source or its label data is incomplete. */
export function energyLabelFromMetadata(product: Metadata, variant?: Metadata): EnergyLabel | null {
  if (energyScope(product) !== "light_source") return null
  const data = labelDataSchema.safeParse(pickLabelData(product, variant))
  const spec = specFromMetadata(product, variant)
  const supplier = text((product?.manufacturer as Metadata)?.name)
  const model = text(variant?.model) ?? text(product?.model)
  if (!data.success || !spec || !supplier || !model) return null
  return {
    registration: data.data.eprel_number,
    energyClass: spec.energy_class,
    kwh: data.data.energy_kwh_1000h,
    supplier,
    model,
  }
}

/** The classes a product's variants carry, best first, each once. */
function classesOf(product: Metadata, variants: readonly { metadata: Metadata }[]): EnergyClass[] {
  const found = new Set(variants.flatMap((variant) => specFromMetadata(product, variant.metadata)?.energy_class ?? []))
  return ENERGY_CLASSES.filter((energyClass) => found.has(energyClass))
}

/** What the product shows about energy labelling; null for a product that is not a lighting product or does not say. */
export function energyInfoFromMetadata(
  product: Metadata,
  variants: readonly { metadata: Metadata }[],
): EnergyInfo | null {
  const scope = energyScope(product)
  if (!scope || !isLightingProduct(product, variants)) return null
  if (scope !== "containing") return { scope }
  const replaceable = product?.replaceable_light_source
  if (typeof replaceable !== "boolean") return null
  return { scope, classes: classesOf(product, variants), replaceable }
}

/** The on-mode energy use the label states for a power: kWh/1000 h, rounded up (Annex III). */
export function kwhPer1000h(wattage: number): number {
  return Math.ceil(wattage)
}

/**
 * What keeps a published lighting product from showing what Regulation (EU) 2019/2015 asks of it, one
 * English sentence each: no scope; a light source variant without its EPREL number, its energy use, or
 * an energy use that does not match its power; two light source variants sharing one registration; a
 * containing product that does not say whether its light source can be replaced.
 */
export function energyLabelProblems(
  product: Metadata,
  variants: readonly { title?: string | null; metadata: Metadata }[],
): string[] {
  if (!isLightingProduct(product, variants)) return []
  const scope = energyScope(product)
  if (!scope) {
    const given = product?.energy_scope
    const reason = isSet(given) ? `${JSON.stringify(given)} is invalid` : "is missing"
    return [`product: energy_scope ${reason} (one of ${ENERGY_SCOPES.join(", ")})`]
  }
  if (scope === "containing") {
    return typeof product?.replaceable_light_source === "boolean"
      ? []
      : [
          "product: replaceable_light_source is missing (true or false: can the user replace the light source it contains?)",
        ]
  }
  if (scope === "out_of_scope") return []
  const owners = new Map<string, string>()
  return variants.flatMap((variant, index) => {
    const name = variant.title ? `variant "${variant.title}"` : `variant ${index + 1}`
    const given = pickLabelData(product, variant.metadata)
    const parsed = labelDataSchema.safeParse(given)
    if (!parsed.success) {
      return parsed.error.issues.map((issue) => {
        const key = String(issue.path[0])
        return given[key] === undefined
          ? `${name}: ${key} is missing`
          : `${name}: ${key} ${JSON.stringify(given[key])} is invalid (${issue.message})`
      })
    }
    const problems: string[] = []
    const wattage = specFromMetadata(product, variant.metadata)?.wattage
    if (wattage !== undefined && parsed.data.energy_kwh_1000h !== kwhPer1000h(wattage)) {
      problems.push(
        `${name}: energy_kwh_1000h ${parsed.data.energy_kwh_1000h} does not match its wattage ${wattage} W (the label states ${kwhPer1000h(wattage)})`,
      )
    }
    const registration = parsed.data.eprel_number
    const owner = owners.get(registration)
    if (owner) problems.push(`${name}: eprel_number ${registration} is also the registration of ${owner}`)
    else owners.set(registration, name)
    return problems
  })
}

/** The address the label's QR code leads to: the model's public page in EPREL. */
export function eprelQrUrl(registration: string): string {
  return `https://eprel.ec.europa.eu/qr/${registration}`
}

/** The product information sheet (Annex V) as EPREL publishes it for the registration. */
export function eprelSheetUrl(registration: string): string {
  return `https://eprel.ec.europa.eu/screen/product/lightsources/${registration}`
}

/**
 * The sentence a containing product carries for the light source(s) inside it (Annex V, point 2),
 * in the plural when it contains more than one class.
 */
export function containedLightSourceSentence(classes: readonly EnergyClass[], locale: "nl" | "en"): string {
  const list = classes.join(locale === "nl" ? " en " : " and ")
  if (locale === "nl") {
    return classes.length > 1
      ? `Dit product bevat lichtbronnen met energie-efficiëntieklassen ${list}.`
      : `Dit product bevat een lichtbron met energie-efficiëntieklasse ${list}.`
  }
  return classes.length > 1
    ? `This product contains light sources of energy efficiency classes ${list}.`
    : `This product contains a light source of energy efficiency class ${list}.`
}
