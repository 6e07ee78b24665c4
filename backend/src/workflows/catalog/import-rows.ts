import { z } from "@medusajs/framework/zod"
import {
  ENERGY_SCOPES,
  FITTINGS,
  IP_RATINGS,
  ENERGY_CLASSES,
  LIGHTING_ATTRIBUTE_KEYS,
  energyLabelProblems,
  greenClaimProblems,
  lightingSpecProblems,
  productSafetyProblems,
  specFromMetadata,
  type EnergyClass,
} from "@helder/lighting"
import { parseCsv, CsvSyntaxError, type CsvRecord } from "./import-csv"

/** One refused line of an import file (the header is line 1), with the reason. */
export type LineError = { line: number; message: string }

/** The columns an import file may have, in the order the template lists them. Blank cells are "not given". */
export const IMPORT_COLUMNS = [
  "handle",
  "title",
  "title_en",
  "description",
  "description_en",
  "category",
  "status",
  "thumbnail",
  "material",
  "weight",
  "eco_label",
  "option1_title",
  "option1_value",
  "option2_title",
  "option2_value",
  "option3_title",
  "option3_value",
  "sku",
  "price_eur",
  "stock",
  ...LIGHTING_ATTRIBUTE_KEYS,
  "manufacturer_name",
  "manufacturer_address",
  "manufacturer_email",
  "manufacturer_country",
  "eu_responsible_person_name",
  "eu_responsible_person_address",
  "eu_responsible_person_email",
  "eu_responsible_person_country",
  "safety_nl",
  "safety_en",
  "model",
  "ean",
  "batch",
  "energy_scope",
  "replaceable_light_source",
  "eprel_number",
  "energy_kwh_1000h",
] as const
export type ImportColumn = (typeof IMPORT_COLUMNS)[number]

/** Columns the file must have; every other column may be left out. */
const REQUIRED_COLUMNS: readonly ImportColumn[] = [
  "handle",
  "title",
  "option1_title",
  "option1_value",
  "sku",
  "price_eur",
  "stock",
]

/** Product columns: repeated on each variant row of a handle, and the same on each (a blank repeats the first row). */
const PRODUCT_COLUMNS: readonly ImportColumn[] = [
  "title",
  "title_en",
  "description",
  "description_en",
  "category",
  "status",
  "thumbnail",
  "material",
  "weight",
  "eco_label",
  "option1_title",
  "option2_title",
  "option3_title",
  "manufacturer_name",
  "manufacturer_address",
  "manufacturer_email",
  "manufacturer_country",
  "eu_responsible_person_name",
  "eu_responsible_person_address",
  "eu_responsible_person_email",
  "eu_responsible_person_country",
  "safety_nl",
  "safety_en",
  "energy_scope",
  "replaceable_light_source",
]

/** Keys that go on the product when every variant row agrees, on each variant otherwise (as the seed splits a spec). */
const SHARED_WHEN_EQUAL = [...LIGHTING_ATTRIBUTE_KEYS, "model", "batch"] as const

/** Every metadata key the import writes, so a re-import can clear what the file no longer sets. */
export const PRODUCT_METADATA_KEYS = [
  ...SHARED_WHEN_EQUAL,
  "title_en",
  "description_en",
  "eco_label",
  "manufacturer",
  "eu_responsible_person",
  "safety_nl",
  "safety_en",
  "energy_scope",
  "replaceable_light_source",
] as const
export const VARIANT_METADATA_KEYS = [...SHARED_WHEN_EQUAL, "ean", "eprel_number", "energy_kwh_1000h"] as const

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
const rowSchema = z.object({
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
type Row = z.infer<typeof rowSchema> & { line: number }

/** One variant as the import writes it. */
export type ImportVariant = {
  line: number
  sku: string
  title: string
  /** Keyed by the option's title, as Medusa's product input takes it. */
  options: Record<string, string>
  /** EUR including VAT, major units. */
  price: number
  stock: number
  metadata: Record<string, unknown>
}

/** One product as the import writes it: its variants' rows share its handle. */
export type ImportProduct = {
  line: number
  handle: string
  title: string
  description?: string
  status: "published" | "draft"
  thumbnail?: string
  material?: string
  weight?: number
  category?: string
  options: { title: string; values: string[] }[]
  metadata: Record<string, unknown>
  variants: ImportVariant[]
}

/** The parsed file: the products to write, or every line that keeps it from being written. */
export type ImportFile = { ok: true; products: ImportProduct[] } | { ok: false; errors: LineError[] }

/** "kelvin: must be a number" — the column first, as staff see it in their spreadsheet. */
function readable(issue: z.core.$ZodIssue): string {
  const column = String(issue.path[0] ?? "row")
  return issue.message.startsWith(column) ? issue.message : `${column}: ${issue.message}`
}

/**
 * Reads an import file into products, or into the list of its bad lines: every row is read before
 * anything is judged, so staff get all problems at once. A product is judged as it will be stored,
 * by the checks the admin's own edits pass (lighting spec always; green claims, product safety and
 * the energy label when published).
 */
export function readImportFile(csv: string): ImportFile {
  let records: CsvRecord[]
  try {
    records = parseCsv(csv)
  } catch (error) {
    if (error instanceof CsvSyntaxError)
      return { ok: false, errors: [{ line: error.line, message: error.message.replace(/^line \d+: /, "") }] }
    throw error
  }
  const [header, ...body] = records
  if (!header) return { ok: false, errors: [{ line: 1, message: "the file is empty" }] }
  const columns = header.cells.map((cell) => cell.trim().toLowerCase())
  const headerErrors = [
    ...columns
      .filter((column) => !(IMPORT_COLUMNS as readonly string[]).includes(column))
      .map((column) => `unknown column "${column}"`),
    ...REQUIRED_COLUMNS.filter((column) => !columns.includes(column)).map((column) => `column "${column}" is missing`),
    ...columns
      .filter((column, index) => columns.indexOf(column) !== index)
      .map((column) => `column "${column}" appears twice`),
  ]
  if (headerErrors.length) return { ok: false, errors: headerErrors.map((message) => ({ line: header.line, message })) }
  if (!body.length) return { ok: false, errors: [{ line: 2, message: "the file has no rows" }] }

  const errors: LineError[] = []
  const rows: Row[] = []
  for (const record of body) {
    if (record.cells.length !== columns.length) {
      errors.push({ line: record.line, message: `has ${record.cells.length} cells, the header ${columns.length}` })
      continue
    }
    const parsed = rowSchema.safeParse(
      Object.fromEntries(columns.map((column, index) => [column, record.cells[index]])),
    )
    if (parsed.success) rows.push({ ...parsed.data, line: record.line })
    else errors.push(...parsed.error.issues.map((issue) => ({ line: record.line, message: readable(issue) })))
  }
  const groups = new Map<string, Row[]>()
  for (const row of rows) groups.set(row.handle, [...(groups.get(row.handle) ?? []), row])
  const skus = new Map<string, number>()
  for (const row of rows) {
    const first = skus.get(row.sku)
    if (first !== undefined) errors.push({ line: row.line, message: `sku ${row.sku} is also on line ${first}` })
    else skus.set(row.sku, row.line)
  }
  const products = [...groups.values()].flatMap((group) => {
    const built = toProduct(group)
    if ("errors" in built) errors.push(...built.errors)
    return "errors" in built ? [] : [built]
  })
  if (errors.length) return { ok: false, errors: errors.sort((a, b) => a.line - b.line) }
  return { ok: true, products }
}

const defined = (entries: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined))

/** The rows of one handle as one product, or why they cannot be one. */
function toProduct(rows: Row[]): ImportProduct | { errors: LineError[] } {
  const first = rows[0]!
  const errors: LineError[] = []
  for (const row of rows.slice(1)) {
    for (const column of PRODUCT_COLUMNS) {
      const [a, b] = [JSON.stringify(first[column]), JSON.stringify(row[column])]
      if (row[column] !== undefined && a !== b)
        errors.push({
          line: row.line,
          message: `${column} differs from line ${first.line}, the first row of ${first.handle}`,
        })
    }
  }
  const axes = ([1, 2, 3] as const).flatMap((n) => {
    const title = first[`option${n}_title`]
    return title ? [{ n, title }] : []
  })
  for (const row of rows) {
    for (const n of [1, 2, 3] as const) {
      const hasTitle = axes.some((axis) => axis.n === n)
      if (hasTitle && !row[`option${n}_value`])
        errors.push({
          line: row.line,
          message: `option${n}_value is missing (option${n}_title is ${first[`option${n}_title`]})`,
        })
      if (!hasTitle && row[`option${n}_value`])
        errors.push({ line: row.line, message: `option${n}_value is given without option${n}_title` })
    }
  }
  if (!axes.length) errors.push({ line: first.line, message: "option1_title is required" })
  const titles = rows.map((row) => axes.map(({ n }) => row[`option${n}_value`] ?? "").join(" / "))
  titles.forEach((title, index) => {
    const earlier = titles.indexOf(title)
    if (earlier < index)
      errors.push({
        line: rows[index]!.line,
        message: `the options "${title}" are also on line ${rows[earlier]!.line}`,
      })
  })
  if (first.replaceable_light_source !== undefined && first.energy_scope !== "containing") {
    errors.push({ line: first.line, message: "replaceable_light_source is only for energy_scope containing" })
  }
  if (errors.length) return { errors }

  const shared = SHARED_WHEN_EQUAL.filter((key) => rows.every((row) => row[key] === first[key]))
  const manufacturer = defined({
    name: first.manufacturer_name,
    address: first.manufacturer_address,
    email: first.manufacturer_email,
    country: first.manufacturer_country,
  })
  const responsible = defined({
    name: first.eu_responsible_person_name,
    address: first.eu_responsible_person_address,
    email: first.eu_responsible_person_email,
    country: first.eu_responsible_person_country,
  })
  const metadata = defined({
    ...Object.fromEntries(shared.map((key) => [key, first[key]])),
    title_en: first.title_en,
    description_en: first.description_en,
    eco_label: first.eco_label,
    manufacturer: Object.keys(manufacturer).length ? manufacturer : undefined,
    eu_responsible_person: Object.keys(responsible).length ? responsible : undefined,
    safety_nl: first.safety_nl,
    safety_en: first.safety_en,
    energy_scope: first.energy_scope,
    replaceable_light_source: first.replaceable_light_source,
  })
  const variants = rows.map((row, index): ImportVariant => ({
    line: row.line,
    sku: row.sku,
    title: titles[index]!,
    options: Object.fromEntries(axes.map(({ n, title }) => [title, row[`option${n}_value`] ?? ""])),
    price: row.price_eur!,
    stock: row.stock,
    metadata: defined({
      ...Object.fromEntries(SHARED_WHEN_EQUAL.filter((key) => !shared.includes(key)).map((key) => [key, row[key]])),
      ean: row.ean,
      eprel_number: row.eprel_number,
      energy_kwh_1000h: row.energy_kwh_1000h,
    }),
  }))
  const product: ImportProduct = {
    line: first.line,
    handle: first.handle,
    title: first.title,
    description: first.description,
    status: first.status,
    thumbnail: first.thumbnail,
    material: first.material,
    weight: first.weight,
    category: first.category,
    options: axes.map(({ n, title }) => ({
      title,
      values: [...new Set(rows.map((row) => row[`option${n}_value`] ?? ""))],
    })),
    metadata,
    variants,
  }
  const problems = productProblems(product)
  return problems.length ? { errors: problems } : product
}

/** The shop's publish checks on a product as the file describes it, each on the line of the variant it names. */
export function productProblems(product: ImportProduct): LineError[] {
  const { metadata, variants } = product
  const problems = lightingSpecProblems(metadata, variants)
  if (product.status === "published") {
    const energyClasses = variants.flatMap((variant): EnergyClass[] => {
      const energyClass = specFromMetadata(metadata, variant.metadata)?.energy_class
      return energyClass ? [energyClass] : []
    })
    const texts = [
      product.title,
      product.description,
      metadata.title_en as string | undefined,
      metadata.description_en as string | undefined,
    ]
    problems.push(
      ...greenClaimProblems(texts, { ecoLabel: metadata.eco_label as string | undefined, energyClasses }),
      ...productSafetyProblems(metadata, variants, Boolean(product.thumbnail)).map((problem) =>
        problem === "product: a picture is missing" ? "product: a picture is missing (thumbnail)" : problem,
      ),
      ...energyLabelProblems(metadata, variants),
    )
  }
  return [...new Set(problems)].map((message) => {
    const variant = variants.find((v) => message.startsWith(`variant "${v.title}"`))
    return { line: variant?.line ?? product.line, message }
  })
}
