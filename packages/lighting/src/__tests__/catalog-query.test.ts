import {
  applyCatalogQuery,
  catalogQueryToParams,
  parseCatalogQuery,
  PAGE_SIZE,
  type CatalogItem,
} from "../catalog-query"
import type { LightingSpec } from "../attributes"

const spec = (over: Partial<LightingSpec>): LightingSpec => ({
  fitting: "E27",
  kelvin: 2700,
  wattage: 6,
  lumen: 806,
  dimmable: true,
  ip_rating: "IP20",
  energy_class: "D",
  ...over,
})

const item = (id: string, price: number | null, specs: LightingSpec[], created_at = "2026-01-01"): CatalogItem => ({
  id,
  title: id,
  price,
  specs,
  created_at,
})

const items = [
  item("bulb-e27", 4.95, [spec({}), spec({ kelvin: 4000 })]),
  item("spot-gu10", 7.5, [spec({ fitting: "GU10", wattage: 4.5, beam_angle: 36, dimmable: false })]),
  item("garden", 89, [spec({ fitting: "LED", ip_rating: "IP65", kelvin: 3000, energy_class: "F" })], "2026-06-01"),
  item("no-price", null, [spec({})]),
]

describe("parseCatalogQuery", () => {
  it("reads lists, numbers and defaults from URL params", () => {
    const { query, error } = parseCatalogQuery({ fitting: "E27,GU10", wmax: "5", page: "2" })
    expect(error).toBeNull()
    expect(query).toMatchObject({ fitting: ["E27", "GU10"], wmax: 5, page: 2, sort: "featured" })
  })

  it("joins repeated list params (form checkboxes), takes the first of others, ignores unknown keys", () => {
    const { query, error } = parseCatalogQuery({
      fitting: ["E27", "GU10"],
      sort: ["price_asc", "name_asc"],
      utm_source: "x",
    })
    expect(error).toBeNull()
    expect(query).toMatchObject({ fitting: ["E27", "GU10"], sort: "price_asc" })
  })

  it("reports a bad value and falls back to the unfiltered defaults", () => {
    const { query, error } = parseCatalogQuery({ fitting: "E99" })
    expect(error).toBe("fitting=E99")
    expect(query.fitting).toBeUndefined()
  })

  it.each([
    ["page", "0"],
    ["pmin", "-1"],
    ["sort", "random"],
    ["kelvin", "hot"],
  ])("rejects %s=%s", (key, value) => {
    expect(parseCatalogQuery({ [key]: value }).error).toMatch(new RegExp(`^${key}`))
  })
})

describe("applyCatalogQuery", () => {
  const run = (params: Record<string, string>) =>
    applyCatalogQuery(items, parseCatalogQuery(params).query).items.map((i) => i.id)

  it("filters on fitting, band, IP rating and energy class", () => {
    expect(run({ fitting: "GU10" })).toEqual(["spot-gu10"])
    expect(run({ kelvin: "neutral" })).toEqual(["bulb-e27"])
    expect(run({ ip: "IP65" })).toEqual(["garden"])
    expect(run({ energy: "F" })).toEqual(["garden"])
  })

  it("needs one variant to match every attribute filter at once", () => {
    expect(run({ fitting: "E27", kelvin: "neutral" })).toEqual(["bulb-e27"])
    expect(run({ fitting: "GU10", dimmable: "1" })).toEqual([])
  })

  it("filters on wattage and price ranges; a product without a price never matches a price filter", () => {
    expect(run({ wmin: "5", wmax: "6" })).toEqual(["bulb-e27", "garden", "no-price"])
    expect(run({ pmin: "5", pmax: "100" })).toEqual(["spot-gu10", "garden"])
  })

  it("sorts by price both ways with unpriced items last, by name and by date", () => {
    expect(run({ sort: "price_asc" })).toEqual(["bulb-e27", "spot-gu10", "garden", "no-price"])
    expect(run({ sort: "price_desc" })).toEqual(["garden", "spot-gu10", "bulb-e27", "no-price"])
    expect(run({ sort: "newest" })[0]).toBe("garden")
  })

  it("pages by PAGE_SIZE and clamps a page past the end", () => {
    const many = Array.from({ length: PAGE_SIZE + 3 }, (_, i) => item(`p${i}`, i, [spec({})]))
    const last = applyCatalogQuery(many, parseCatalogQuery({ page: "9" }).query)
    expect(last).toMatchObject({ total: PAGE_SIZE + 3, pages: 2, page: 2 })
    expect(last.items).toHaveLength(3)
  })
})

describe("catalogQueryToParams", () => {
  it("round-trips through the parser and drops defaults", () => {
    const { query } = parseCatalogQuery({ fitting: "E27,GU10", dimmable: "1", sort: "featured", page: "1" })
    const params = catalogQueryToParams(query)
    expect(params.toString()).toBe("fitting=E27%2CGU10&dimmable=1")
    expect(parseCatalogQuery(Object.fromEntries(params)).query).toEqual(query)
  })
})
