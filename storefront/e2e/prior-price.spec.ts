import { expect, test, type APIRequestContext, type Locator } from "@playwright/test"
import { euros, seededProducts } from "./seed-data"

// Honest discounts (Directive 98/6/EC art. 6a): every product the store API says is on sale shows,
// on its card and its page, the lowest price of the 30 days before the sale struck through and named.
// The seed's sale starts after its products' first prices and nothing changed them since, so that
// prior price is Medusa's original (base) price. Every sale product is checked, not a sample.

const backendUrl = process.env.BACKEND_URL ?? "http://localhost:9000"
const LABEL = {
  nl: "Laagste prijs in de 30 dagen vóór de korting:",
  en: "Lowest price in the 30 days before the reduction:",
}

type SaleVariant = { id: string; options: Record<string, string>; price: number; original: number }
type SaleProduct = { handle: string; variants: SaleVariant[] }
type RawVariant = {
  id: string
  options: { value: string; option: { title: string } | null }[] | null
  calculated_price: {
    calculated_amount: number
    original_amount: number
    calculated_price?: { price_list_type: string | null }
  } | null
}

/** The products with a variant in a running sale, straight from the store API. */
async function saleProducts(request: APIRequestContext): Promise<SaleProduct[]> {
  const headers = { "x-publishable-api-key": process.env.MEDUSA_PUBLISHABLE_KEY ?? "" }
  const regions = (await (
    await request.get(`${backendUrl}/store/regions`, { headers, params: { fields: "id,name" } })
  ).json()) as { regions: { id: string; name: string }[] }
  const nl = regions.regions.find((region) => region.name === "Nederland")!
  const response = await request.get(`${backendUrl}/store/products`, {
    headers,
    params: {
      limit: 500,
      region_id: nl.id,
      fields: "handle,variants.id,*variants.options,*variants.options.option,*variants.calculated_price",
    },
  })
  expect(response.ok()).toBeTruthy()
  const { products } = (await response.json()) as { products: { handle: string; variants: RawVariant[] }[] }
  return products.flatMap((product) => {
    const variants = product.variants.map((variant) => ({
      id: variant.id,
      options: Object.fromEntries(
        (variant.options ?? []).flatMap((o) => (o.option ? [[o.option.title, o.value]] : [])),
      ),
      price: variant.calculated_price!.calculated_amount,
      original: variant.calculated_price!.original_amount,
      sale: variant.calculated_price?.calculated_price?.price_list_type === "sale",
    }))
    return variants.some((v) => v.sale && v.price < v.original) ? [{ handle: product.handle, variants }] : []
  })
}

async function expectPriorPrice(scope: Locator, prior: number, locale: "nl" | "en" = "nl") {
  const shown = scope.getByTestId("prior-price")
  await expect(shown).toHaveText(
    `${LABEL[locale]} ${locale === "nl" ? euros(prior) : new Intl.NumberFormat("en-IE", { style: "currency", currency: "EUR" }).format(prior)}`,
  )
  await expect(shown.locator("s")).toHaveCount(1)
}

test("every product on sale shows, on its page and per variant, its prior price struck through with its label", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000)
  const products = await saleProducts(request)
  expect(products.length, "the seed's sale").toBeGreaterThanOrEqual(2)
  for (const product of products) {
    await page.goto(`/nl/products/${product.handle}`)
    for (const variant of product.variants) {
      for (const [title, value] of Object.entries(variant.options))
        await page.locator(`select[name="${title}"]`).selectOption(value)
      await expect(page.getByTestId("variant-price")).toHaveText(euros(variant.price))
      if (variant.price < variant.original) await expectPriorPrice(page.locator("main"), variant.original)
      else await expect(page.getByTestId("prior-price")).toHaveCount(0)
    }
  }
  // In English too, with the amount written the English way.
  const first = products[0]!
  const reduced = first.variants.find((v) => v.price < v.original)!
  await page.goto(`/en/products/${first.handle}`)
  for (const [title, value] of Object.entries(reduced.options))
    await page.locator(`select[name="${title}"]`).selectOption(value)
  await expectPriorPrice(page.locator("main"), reduced.original, "en")
})

test("every product on sale shows its prior price on its category card; no other card strikes a price through", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000)
  const [products, seeded] = await Promise.all([saleProducts(request), seededProducts(request)])
  expect(products.length).toBeGreaterThanOrEqual(2)
  for (const product of products) {
    const category = seeded.find((p) => p.handle === product.handle)!.categories[0]!
    // The card shows the lowest price; its prior price is that of the cheapest variant(s).
    const lowest = Math.min(...product.variants.map((v) => v.price))
    const prior = Math.min(...product.variants.filter((v) => v.price === lowest).map((v) => v.original))
    let card: Locator | null = null
    for (let n = 1; !card; n++) {
      await page.goto(`/nl/categories/${category}?page=${n}`)
      const candidate = page.locator(`[data-testid="product-card"][href="/nl/products/${product.handle}"]`)
      if (await candidate.count()) card = candidate
      else
        expect(await page.locator('a[rel="next"]').count(), `${product.handle} listed in ${category}`).toBeGreaterThan(
          0,
        )
    }
    await expect(card.locator(".price")).toContainText(euros(lowest))
    await expectPriorPrice(card, prior)
    // No card outside the sale strikes a price through.
    const struck = page.locator('[data-testid="product-card"]').filter({ has: page.getByTestId("prior-price") })
    const saleHandles = new Set(products.map((p) => `/nl/products/${p.handle}`))
    const hrefs = await struck.evaluateAll((cards) => cards.map((c) => c.getAttribute("href") ?? ""))
    expect(hrefs.filter((href) => !saleHandles.has(href))).toEqual([])
  }
})
