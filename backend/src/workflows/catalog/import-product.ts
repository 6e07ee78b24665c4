import {
  energyLabelProblems,
  greenClaimProblems,
  lightingSpecProblems,
  productSafetyProblems,
  specFromMetadata,
  type EnergyClass,
} from "@helder/lighting"
import { PRODUCT_COLUMNS, SHARED_WHEN_EQUAL } from "./import-columns"
import type { ImportRow } from "./import-row-schema"
import type { LineError } from "./import-rows"

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

const defined = (entries: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined))

/** The rows of one handle as one product, or why they cannot be one. */
export function toProduct(rows: ImportRow[]): ImportProduct | { errors: LineError[] } {
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
