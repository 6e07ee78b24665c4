import { z } from "zod"

/** Lamp fittings the shop sells; "LED" means the light source is integrated. */
export const FITTINGS = ["E27", "E14", "GU10", "GU5.3", "G9", "R7s", "LED"] as const
export type Fitting = (typeof FITTINGS)[number]

/** EU energy label classes (Regulation (EU) 2019/2015), best first. */
export const ENERGY_CLASSES = ["A", "B", "C", "D", "E", "F", "G"] as const
export type EnergyClass = (typeof ENERGY_CLASSES)[number]

/** Ingress protection ratings offered; the two digits are solids and liquids. */
export const IP_RATINGS = ["IP20", "IP23", "IP44", "IP54", "IP65", "IP67", "IP68"] as const
export type IpRating = (typeof IP_RATINGS)[number]

/** Colour-temperature bands shoppers filter on; bounds in kelvin, inclusive. */
export const KELVIN_BANDS = {
  warm: { min: 1800, max: 3000 },
  neutral: { min: 3001, max: 4500 },
  cool: { min: 4501, max: 6500 },
} as const
export type KelvinBand = keyof typeof KELVIN_BANDS

/** One light source's attributes; every field carries its unit in the name or doc. */
export const lightingSpecSchema = z
  .object({
    fitting: z.enum(FITTINGS),
    /** Colour temperature in kelvin. */
    kelvin: z.number().int().min(1800).max(6500),
    /** Power draw in watts. */
    wattage: z.number().positive().max(500),
    /** Luminous flux in lumen. */
    lumen: z.number().int().positive().max(50000),
    dimmable: z.boolean(),
    ip_rating: z.enum(IP_RATINGS),
    energy_class: z.enum(ENERGY_CLASSES),
    /** Beam angle in degrees; only for directional lamps (spots, reflectors). */
    beam_angle: z.number().int().min(1).max(360).optional(),
  })
  .strict()
export type LightingSpec = z.infer<typeof lightingSpecSchema>

/** The attribute keys in the order a specs table shows them. */
export const LIGHTING_ATTRIBUTE_KEYS = [
  "fitting",
  "kelvin",
  "wattage",
  "lumen",
  "dimmable",
  "ip_rating",
  "energy_class",
  "beam_angle",
] as const satisfies readonly (keyof LightingSpec)[]
export type LightingAttributeKey = (typeof LIGHTING_ATTRIBUTE_KEYS)[number]

/** Unit shown after a numeric attribute's value. */
export const ATTRIBUTE_UNITS: Partial<Record<LightingAttributeKey, string>> = {
  kelvin: "K",
  wattage: "W",
  lumen: "lm",
  beam_angle: "°",
}

/** The band a colour temperature falls in. */
export function kelvinBand(kelvin: number): KelvinBand {
  if (kelvin <= KELVIN_BANDS.warm.max) return "warm"
  if (kelvin <= KELVIN_BANDS.neutral.max) return "neutral"
  return "cool"
}

/** Lumen per watt, rounded: the figure the EU label is based on. */
export function efficacy(spec: Pick<LightingSpec, "lumen" | "wattage">): number {
  return Math.round(spec.lumen / spec.wattage)
}
