import { z } from "@medusajs/framework/zod"
import { ENERGY_CLASSES, ENERGY_SCOPES, FITTINGS, IP_RATINGS } from "@helder/lighting"

const blank = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value)
const text = z.preprocess(blank, z.string().trim().optional())
const required = (what: string) => z.preprocess(blank, z.string({ error: `${what} is required` }).trim())
const number = (schema: z.ZodNumber) =>
  z.preprocess((value) => {
    const given = blank(value)
    // A Dutch spreadsheet writes 24,95; both decimal marks are read, thousands separators are not.
    return typeof given === "string" && /^-?\d+([.,]\d+)?$/.test(given.trim())
      ? Number(given.trim().replace(",", "."))
      : given
  }, schema.optional())
const yesNo = z.preprocess(
  (value) => {
    const given = blank(value)
    if (typeof given !== "string") return given
    const word = given.trim().toLowerCase()
    return ["true", "ja", "yes", "1"].includes(word) ? true : ["false", "nee", "no", "0"].includes(word) ? false : given
  },
  z.boolean({ error: "must be true or false" }).optional(),
)
/** `|` separates the warnings of one language, one sentence each. */
const list = z.preprocess((value) => {
  const given = blank(value)
  return typeof given === "string"
    ? given
        .split("|")
        .map((item) => item.trim())
        .filter(Boolean)
    : given
}, z.array(z.string()).optional())

/** One row as typed values; the lighting, safety and energy checks then judge the product it builds. */
export const rowSchema = z.object({
  handle: required("handle").pipe(
    z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case letters, digits and hyphens"),
  ),
  title: required("title"),
  title_en: text,
  description: text,
  description_en: text,
  category: text,
  status: z.preprocess(blank, z.enum(["published", "draft"], { error: "must be published or draft" }).default("draft")),
  thumbnail: z.preprocess(blank, z.url({ protocol: /^https?$/, error: "must be an http(s) address" }).optional()),
  material: text,
  weight: number(z.number({ error: "must be a number of grams" }).int("must be whole grams").min(0)),
  eco_label: text,
  option1_title: text,
  option1_value: text,
  option2_title: text,
  option2_value: text,
  option3_title: text,
  option3_value: text,
  sku: required("sku"),
  price_eur: z.preprocess(
    (value) => (blank(value) === undefined ? undefined : value),
    number(z.number({ error: "must be an amount such as 24.95" }).min(0)).refine(
      (value) => value !== undefined,
      "price_eur is required",
    ),
  ),
  stock: number(z.number({ error: "must be a whole number" }).int("must be a whole number").min(0)).default(0),
  fitting: z.preprocess(blank, z.enum(FITTINGS, { error: `must be one of ${FITTINGS.join(", ")}` }).optional()),
  kelvin: number(z.number({ error: "must be a number" })),
  wattage: number(z.number({ error: "must be a number" })),
  lumen: number(z.number({ error: "must be a number" })),
  dimmable: yesNo,
  ip_rating: z.preprocess(blank, z.enum(IP_RATINGS, { error: `must be one of ${IP_RATINGS.join(", ")}` }).optional()),
  energy_class: z.preprocess(
    blank,
    z.enum(ENERGY_CLASSES, { error: `must be one of ${ENERGY_CLASSES.join(", ")}` }).optional(),
  ),
  beam_angle: number(z.number({ error: "must be a number" })),
  manufacturer_name: text,
  manufacturer_address: text,
  manufacturer_email: text,
  manufacturer_country: text,
  eu_responsible_person_name: text,
  eu_responsible_person_address: text,
  eu_responsible_person_email: text,
  eu_responsible_person_country: text,
  safety_nl: list,
  safety_en: list,
  model: text,
  ean: text,
  batch: text,
  energy_scope: z.preprocess(
    blank,
    z.enum(ENERGY_SCOPES, { error: `must be one of ${ENERGY_SCOPES.join(", ")}` }).optional(),
  ),
  replaceable_light_source: yesNo,
  eprel_number: z.preprocess(blank, z.string().regex(/^\d+$/, "must be digits only").optional()),
  energy_kwh_1000h: number(z.number({ error: "must be a whole number" }).int("must be a whole number").min(0)),
})
/** One row of the file as read: its typed cells and its line number. */
export type ImportRow = z.infer<typeof rowSchema> & { line: number }

/** "kelvin: must be a number" — the column first, as staff see it in their spreadsheet. */
export function readable(issue: z.core.$ZodIssue): string {
  const column = String(issue.path[0] ?? "row")
  return issue.message.startsWith(column) ? issue.message : `${column}: ${issue.message}`
}
