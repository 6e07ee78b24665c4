import { z } from "zod"
import {
  ENERGY_CLASSES,
  FITTINGS,
  IP_RATINGS,
  KELVIN_BANDS,
  kelvinBand,
  type KelvinBand,
  type LightingSpec,
} from "./attributes"

/** Sort orders a listing offers; "featured" keeps the backend's order. */
export const SORT_ORDERS = ["featured", "price_asc", "price_desc", "name_asc", "newest"] as const
export type SortOrder = (typeof SORT_ORDERS)[number]

/** Products per listing page. */
export const PAGE_SIZE = 12

const list = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .string()
    .max(200)
    .transform((raw) => raw.split(",").filter(Boolean))
    .pipe(z.array(z.enum(values)).max(values.length))

const amount = z.coerce.number().min(0).max(100000)

/**
 * A listing's filters, sort and page as they appear in the URL (`?fitting=E27,GU10&kelvin=warm`).
 * Unknown keys are ignored so tracking-free links from elsewhere keep working; known keys with
 * bad values are errors the page reports.
 */
export const catalogQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  fitting: list(FITTINGS).optional(),
  kelvin: list(Object.keys(KELVIN_BANDS) as [KelvinBand, ...KelvinBand[]]).optional(),
  energy: list(ENERGY_CLASSES).optional(),
  ip: list(IP_RATINGS).optional(),
  dimmable: z.enum(["1"]).optional(),
  wmin: amount.optional(),
  wmax: amount.optional(),
  pmin: amount.optional(),
  pmax: amount.optional(),
  sort: z.enum(SORT_ORDERS).default("featured"),
  page: z.coerce.number().int().min(1).max(1000).default(1),
})
export type CatalogQuery = z.infer<typeof catalogQuerySchema>

/** What the listing knows of a product to filter, sort and page it. */
export interface CatalogItem {
  id: string
  title: string
  created_at: string
  /** Lowest variant price, in major units (euros). */
  price: number | null
  /** One spec per variant that has a valid one. */
  specs: LightingSpec[]
}

/** Keys that hold several values: a form's checkboxes repeat them, a shared link joins them with commas. */
const LIST_KEYS = new Set(["fitting", "kelvin", "energy", "ip"])

/** Reads URL search params (as Next hands them) into a query, or the first problem found. */
export function parseCatalogQuery(params: Record<string, string | string[] | undefined>): {
  query: CatalogQuery
  error: string | null
} {
  const flat: Record<string, string> = {}
  for (const [key, value] of Object.entries(params)) {
    const text = Array.isArray(value) ? (LIST_KEYS.has(key) ? value.join(",") : value[0]) : value
    if (text !== undefined && text !== "") flat[key] = text
  }
  const parsed = catalogQuerySchema.safeParse(flat)
  if (parsed.success) return { query: parsed.data, error: null }
  // Name the parameter and the value as the shopper's URL has them; zod's wording means nothing to them.
  const key = String(parsed.error.issues[0]?.path[0] ?? "query")
  return { query: catalogQuerySchema.parse({}), error: `${key}=${flat[key] ?? ""}` }
}

function specMatches(spec: LightingSpec, q: CatalogQuery): boolean {
  if (q.fitting && !q.fitting.includes(spec.fitting)) return false
  if (q.kelvin && !q.kelvin.includes(kelvinBand(spec.kelvin))) return false
  if (q.energy && !q.energy.includes(spec.energy_class)) return false
  if (q.ip && !q.ip.includes(spec.ip_rating)) return false
  if (q.dimmable && !spec.dimmable) return false
  if (q.wmin !== undefined && spec.wattage < q.wmin) return false
  if (q.wmax !== undefined && spec.wattage > q.wmax) return false
  return true
}

/** True when the item has a variant matching every attribute filter and a price in range. */
export function matchesQuery(item: CatalogItem, q: CatalogQuery): boolean {
  if (q.pmin !== undefined && (item.price === null || item.price < q.pmin)) return false
  if (q.pmax !== undefined && (item.price === null || item.price > q.pmax)) return false
  const hasAttributeFilter =
    q.fitting || q.kelvin || q.energy || q.ip || q.dimmable || q.wmin !== undefined || q.wmax !== undefined
  if (!hasAttributeFilter) return true
  return item.specs.some((spec) => specMatches(spec, q))
}

const comparators: Record<SortOrder, ((a: CatalogItem, b: CatalogItem) => number) | null> = {
  featured: null,
  price_asc: (a, b) => (a.price ?? Infinity) - (b.price ?? Infinity),
  price_desc: (a, b) => (b.price ?? -Infinity) - (a.price ?? -Infinity),
  name_asc: (a, b) => a.title.localeCompare(b.title, "nl"),
  newest: (a, b) => b.created_at.localeCompare(a.created_at),
}

/** Filters, sorts and cuts one page; `pages` is at least 1 so an empty result still renders. */
export function applyCatalogQuery<T extends CatalogItem>(
  items: readonly T[],
  q: CatalogQuery,
): { items: T[]; total: number; pages: number; page: number } {
  const matching = items.filter((item) => matchesQuery(item, q))
  const compare = comparators[q.sort]
  const sorted = compare ? [...matching].sort(compare) : matching
  const pages = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE))
  const page = Math.min(q.page, pages)
  const start = (page - 1) * PAGE_SIZE
  return { items: sorted.slice(start, start + PAGE_SIZE), total: sorted.length, pages, page }
}

/** The query as URL search params, leaving out defaults so URLs stay short and shareable. */
export function catalogQueryToParams(q: Partial<CatalogQuery>): URLSearchParams {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(q)) {
    if (value === undefined || value === null) continue
    if (key === "sort" && value === "featured") continue
    if (key === "page" && value === 1) continue
    const text = Array.isArray(value) ? value.join(",") : String(value)
    if (text) params.set(key, text)
  }
  return params
}
