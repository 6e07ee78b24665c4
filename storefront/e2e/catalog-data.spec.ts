import { expect, test, type APIRequestContext } from "@playwright/test"
import { kelvinBand, type LightingSpec } from "@helder/lighting"
import { euros, seededProducts, type SeededProduct } from "./seed-data"

// These tests walk the whole seeded catalog instead of a sample: a sampled test stayed green while a
// third of the products lost their specifications and filters.

test("every seeded product's page shows its specifications table with its energy class", async ({ page, request }) => {
  test.setTimeout(240_000)
  const products = await seededProducts(request)
  const missing: string[] = []
  for (const product of products) {
    await page.goto(`/nl/products/${product.handle}`)
    const specs = page.getByTestId("specs")
    if (!(await specs.isVisible())) {
      missing.push(product.handle)
      continue
    }
    // The table is the chosen variant's: find it by the price the page shows, then compare every row.
    const price = await page.getByTestId("variant-price").innerText()
    const candidates = product.variants.filter((variant) => euros(variant.price) === price.trim())
    expect(candidates.length, `${product.handle}: a variant priced ${price}`).toBeGreaterThan(0)
    const energy = (
      await specs.getByRole("row").filter({ hasText: "Energieklasse" }).getByRole("cell").innerText()
    ).trim()
    const fitting = (await specs.getByRole("row").filter({ hasText: "Fitting" }).getByRole("cell").innerText()).trim()
    const energies = candidates.map((variant) => variant.spec.energy_class)
    expect({
      product: product.handle,
      energy: energies.includes(energy as LightingSpec["energy_class"]) ? energies : energy,
      fitting,
    }).toEqual({
      product: product.handle,
      energy: energies,
      fitting: candidates[0]!.spec.fitting,
    })
  }
  expect(missing).toEqual([])
})

type Filter = { name: string; value: string; matches: (spec: LightingSpec) => boolean }

/** Every checkbox filter value the data says a category's products have. */
function filtersFromData(products: SeededProduct[]): Filter[] {
  const specs = products.flatMap((product) => product.variants.map((variant) => variant.spec))
  const values = <T extends string>(pick: (spec: LightingSpec) => T) => [...new Set(specs.map(pick))].sort()
  return [
    ...values((s) => s.fitting).map((value) => ({
      name: "fitting",
      value,
      matches: (s: LightingSpec) => s.fitting === value,
    })),
    ...values((s) => kelvinBand(s.kelvin)).map((value) => ({
      name: "kelvin",
      value,
      matches: (s: LightingSpec) => kelvinBand(s.kelvin) === value,
    })),
    ...values((s) => s.energy_class).map((value) => ({
      name: "energy",
      value,
      matches: (s: LightingSpec) => s.energy_class === value,
    })),
    ...values((s) => s.ip_rating).map((value) => ({
      name: "ip",
      value,
      matches: (s: LightingSpec) => s.ip_rating === value,
    })),
    ...(specs.some((s) => s.dimmable)
      ? [{ name: "dimmable", value: "1", matches: (s: LightingSpec) => s.dimmable }]
      : []),
  ]
}

/** The checkbox filters a listing page offers, as `name=value`. */
function offeredFilters(html: string): string[] {
  const form = html.match(/<form[^>]*class="filters"[\s\S]*?<\/form>/)?.[0] ?? ""
  const inputs = form.match(/<input[^>]*type="checkbox"[^>]*>/g) ?? []
  return inputs.map((input) => `${input.match(/name="([^"]+)"/)?.[1]}=${input.match(/value="([^"]+)"/)?.[1]}`).sort()
}

/** Every product handle a filtered listing shows, over all its pages. */
async function listedHandles(request: APIRequestContext, path: string): Promise<string[]> {
  const handles: string[] = []
  for (let page = 1; ; page++) {
    const response = await request.get(`${path}${path.includes("?") ? "&" : "?"}page=${page}`)
    expect(response.status(), path).toBe(200)
    const html = await response.text()
    const cards = html.match(/<a[^>]*data-testid="product-card"[^>]*>/g) ?? []
    handles.push(...cards.map((card) => card.match(/href="\/nl\/products\/([^"?#]+)"/)?.[1] ?? card))
    if (!html.includes('rel="next"')) return handles.sort()
  }
}

test("in every category, every filter the page offers finds exactly the products the data says", async ({
  request,
}) => {
  test.setTimeout(300_000)
  const products = await seededProducts(request)
  const categories = [...new Set(products.flatMap((product) => product.categories))].sort()
  expect(categories.length).toBeGreaterThan(0)
  const wrong: Record<string, unknown>[] = []
  for (const category of categories) {
    const inCategory = products.filter((product) => product.categories.includes(category))
    const path = `/nl/categories/${category}`
    const html = await (await request.get(path)).text()
    const filters = filtersFromData(inCategory)
    expect({ category, offered: offeredFilters(html) }).toEqual({
      category,
      offered: filters.map((f) => `${f.name}=${f.value}`).sort(),
    })
    expect(await listedHandles(request, path)).toEqual(inCategory.map((product) => product.handle).sort())

    const expectFound = async (query: string, matches: (spec: LightingSpec) => boolean) => {
      const expected = inCategory
        .filter((product) => product.variants.some((variant) => matches(variant.spec)))
        .map((p) => p.handle)
        .sort()
      const listed = await listedHandles(request, `${path}?${query}`)
      if (expected.length === 0 || JSON.stringify(listed) !== JSON.stringify(expected))
        wrong.push({ category, query, listed, expected })
    }
    for (const filter of filters)
      await expectFound(`${filter.name}=${encodeURIComponent(filter.value)}`, filter.matches)
    // Wattage ranges: every wattage a variant has is a bound where the result changes, from below and above.
    const wattages = [
      ...new Set(inCategory.flatMap((product) => product.variants.map((variant) => variant.spec.wattage))),
    ]
    for (const watt of wattages) {
      await expectFound(`wmin=${watt}`, (spec) => spec.wattage >= watt)
      await expectFound(`wmax=${watt}`, (spec) => spec.wattage <= watt)
    }
  }
  expect(wrong).toEqual([])
})
