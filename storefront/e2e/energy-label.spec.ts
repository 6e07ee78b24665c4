import { gzipSync } from "node:zlib"
import { expect, test, type Page } from "@playwright/test"
import { euros, seededProducts, type SeededProduct } from "./seed-data"

// Regulation (EU) 2019/2015 on the energy labelling of light sources. Light sources show the nested
// display (Annex VIII) beside their price on cards, the product page and in the cart, and it opens the
// label (Annex III); luminaires show the sentence of Annex V point 2 and never a label of their own.
// Every product of the seed is checked from its stored metadata, read here without the shop's code.

let products: SeededProduct[] = []
test.beforeAll(async ({ request }) => {
  products = await seededProducts(request)
})

const scope = (product: SeededProduct) => product.metadata.energy_scope as string | undefined
const lightSources = () => products.filter((product) => scope(product) === "light_source")
const luminaires = () => products.filter((product) => scope(product) === "containing")

/** The attribute values of every tag in the HTML that carries this test id. */
function tagged(html: string, testId: string): string[] {
  return html.match(new RegExp(`<[a-z]+[^>]*data-testid="${testId}"[^>]*>`, "g")) ?? []
}

const attribute = (tag: string, name: string) => tag.match(new RegExp(`${name}="([^"]*)"`))?.[1]

test("the seed holds light sources and luminaires, and every lighting product says which it is", () => {
  expect(lightSources().length).toBeGreaterThan(10)
  expect(luminaires().length).toBeGreaterThan(10)
  expect(products.filter((product) => !scope(product)).map((product) => product.handle)).toEqual([])
})

test("every light source's page shows its variant's nested label and sheet beside the price; every luminaire's shows its classes' sentence and no label, in both languages", async ({
  request,
}) => {
  test.setTimeout(180_000)
  const wrong: unknown[] = []
  for (const product of products) {
    for (const locale of ["nl", "en"] as const) {
      const html = await (await request.get(`/${locale}/products/${product.handle}`)).text()
      const badges = tagged(html, "energy-badge")
      if (scope(product) === "light_source") {
        // Every variant's label is in the page; only the chosen variant's is not hidden.
        const wrappers = html.match(/<div data-variant-label="[^"]+"[^>]*>/g) ?? []
        const shown = wrappers
          .filter((wrapper) => !/\shidden/.test(wrapper))
          .map((wrapper) => attribute(wrapper, "data-variant-label"))
        const variant = product.variants.find((candidate) => candidate.id === shown[0])
        const part = variant
          ? (html.slice(html.indexOf(`data-variant-label="${variant.id}"`)).split("data-variant-label=")[1] ?? "")
          : ""
        const seen = {
          wrappers: wrappers.length,
          shown: shown.length,
          class: attribute(tagged(part, "energy-badge")[0] ?? "", "data-class"),
          sheet: attribute(tagged(part, "energy-sheet")[0] ?? "", "href"),
          image: part.match(/<img[^>]*src="(\/api\/energy-label\/[^"]+)"/)?.[1],
        }
        const expected = {
          wrappers: product.variants.length,
          shown: 1,
          class: variant?.spec.energy_class,
          sheet: `https://eprel.ec.europa.eu/screen/product/lightsources/${variant?.metadata.eprel_number}`,
          image: variant && `/api/energy-label/${product.handle}/${variant.id}`,
        }
        if (!variant || JSON.stringify(seen) !== JSON.stringify(expected))
          wrong.push({ handle: product.handle, locale, seen, expected })
      } else {
        const classes = [...new Set(product.variants.map((variant) => variant.spec.energy_class))].sort()
        // The paragraph's text, without the comments React puts between text parts.
        const sentence = (html.match(/data-testid="contained-light-source"[^>]*>([\s\S]*?)<\/p>/)?.[1] ?? "").replace(
          /<!--.*?-->/g,
          "",
        )
        const words = locale === "nl" ? "energie-efficiëntieklasse" : "energy efficiency class"
        const replaceable = product.metadata.replaceable_light_source === true
        const expected = { badges: 0, names: true, classes: true, replaceable: true }
        const seen = {
          badges: badges.length,
          names: sentence.includes(words),
          classes: classes.every((energyClass) =>
            new RegExp(`\\b${energyClass}\\b`).test(sentence.split(words)[1] ?? ""),
          ),
          replaceable:
            locale === "nl"
              ? sentence.includes(replaceable ? "kan door de eindgebruiker" : "kan niet door")
              : sentence.includes(replaceable ? "can be replaced" : "cannot be replaced"),
        }
        if (JSON.stringify(seen) !== JSON.stringify(expected))
          wrong.push({ handle: product.handle, locale, sentence, seen })
      }
    }
  }
  expect(wrong).toEqual([])
})

test("every light source variant's label is the shop's SVG with its class, energy use, supplier, model and QR code, under 3 kB gzipped; luminaires have none", async ({
  request,
}) => {
  test.setTimeout(120_000)
  const wrong: unknown[] = []
  let largest = 0
  for (const product of lightSources()) {
    for (const variant of product.variants) {
      const response = await request.get(`/api/energy-label/${product.handle}/${variant.id}`)
      const svg = await response.text()
      largest = Math.max(largest, gzipSync(svg).length)
      const supplier = (product.metadata.manufacturer as { name: string }).name.replace(/&/g, "&#38;")
      const model = String(variant.metadata.model ?? product.metadata.model)
      const checks = {
        status: response.status(),
        type: response.headers()["content-type"],
        class: svg.includes(`text-anchor="middle">${variant.spec.energy_class}</text>`),
        kwh: svg.includes(`>${variant.metadata.energy_kwh_1000h}<tspan`),
        supplier: svg.includes(supplier),
        model: svg.includes(`>${model}</text>`),
        qr: /<path d="(M\d+ \d+h\d+v1h-\d+z){50,}"/.test(svg),
        regulation: svg.includes("2019/2015"),
      }
      const expected = {
        status: 200,
        type: "image/svg+xml; charset=utf-8",
        class: true,
        kwh: true,
        supplier: true,
        model: true,
        qr: true,
        regulation: true,
      }
      if (JSON.stringify(checks) !== JSON.stringify(expected))
        wrong.push({ handle: product.handle, variant: variant.title, checks })
    }
  }
  for (const product of luminaires()) {
    const status = (await request.get(`/api/energy-label/${product.handle}/${product.variants[0]!.id}`)).status()
    if (status !== 404) wrong.push({ handle: product.handle, status })
  }
  expect(wrong).toEqual([])
  expect(largest).toBeLessThanOrEqual(3 * 1024)
})

/** Each card on every page of a listing: the product it links to and the class of the label beside it, if any. */
async function cards(page: Page, path: string): Promise<{ handle: string; classes: string[] }[]> {
  const found: { handle: string; classes: string[] }[] = []
  for (let number = 1; ; number++) {
    await page.goto(`${path}?page=${number}`)
    for (const card of await page.locator(".card").all()) {
      const href = (await card.getByTestId("product-card").getAttribute("href")) ?? ""
      const badges = card.getByTestId("energy-badge")
      const classes = await Promise.all(
        (await badges.all()).map(async (badge) => (await badge.getAttribute("data-class")) ?? "?"),
      )
      found.push({ handle: href.split("/products/")[1] ?? href, classes })
    }
    if ((await page.locator('link[rel="next"], a[rel="next"]').count()) === 0) return found
  }
}

test("on every category page each light source card shows the label of the variant whose price it shows, and no luminaire card shows one", async ({
  page,
}) => {
  test.setTimeout(180_000)
  const categories = [...new Set(products.flatMap((product) => product.categories))].sort()
  const wrong: unknown[] = []
  for (const category of categories) {
    for (const { handle, classes } of await cards(page, `/nl/categories/${category}`)) {
      const product = products.find((candidate) => candidate.handle === handle)
      if (!product) continue
      const lowest = Math.min(...product.variants.map((variant) => variant.price))
      const allowed = product.variants
        .filter((variant) => variant.price === lowest)
        .map((variant) => variant.spec.energy_class)
      const ok =
        scope(product) === "light_source"
          ? classes.length === 1 && allowed.includes(classes[0] as never)
          : classes.length === 0
      if (!ok) wrong.push({ category, handle, classes, allowed, scope: scope(product) })
    }
  }
  expect(wrong).toEqual([])
})

/** A light source whose variants differ in class, so switching variants must switch the label. */
function bulbWithTwoClasses(): SeededProduct {
  const product = lightSources().find(
    (candidate) => new Set(candidate.variants.map((variant) => variant.spec.energy_class)).size > 1,
  )
  if (!product) throw new Error("the seed has no light source whose variants differ in energy class")
  return product
}

test("the label opens on the first activation by keyboard, closes with Escape, and follows the chosen variant", async ({
  page,
}) => {
  const product = bulbWithTwoClasses()
  await page.goto(`/nl/products/${product.handle}`)
  const badge = page.getByTestId("energy-badge").locator("visible=true")
  await badge.focus()
  await page.keyboard.press("Enter")
  const label = page.locator(".energy-label:popover-open")
  await expect(label).toBeVisible()
  await expect
    .poll(() => label.locator("img").evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth))
    .toBeGreaterThan(0)
  await expect(label.getByRole("link", { name: "Productinformatieblad" })).toHaveAttribute(
    "href",
    /eprel\.ec\.europa\.eu\/screen\/product\/lightsources\/\d+$/,
  )
  await page.keyboard.press("Escape")
  await expect(label).toBeHidden()

  // Choose, option by option, a variant of another class: the price's label changes with it.
  const shownClass = await badge.getAttribute("data-class")
  const other = product.variants.find((variant) => variant.spec.energy_class !== shownClass)!
  const options = await page.locator("select").all()
  for (const select of options) {
    const values = await select.locator("option").allInnerTexts()
    const value = values.find((candidate) => other.title.split(" / ").includes(candidate))
    if (value) await select.selectOption(value)
  }
  await expect(page.getByTestId("variant-price")).toHaveText(euros(other.price))
  await expect(badge).toHaveCount(1)
  await expect(badge).toHaveAttribute("data-class", other.spec.energy_class)
  await badge.click()
  await expect(page.locator(".energy-label:popover-open img")).toHaveAttribute(
    "src",
    `/api/energy-label/${product.handle}/${other.id}`,
  )
})

test("a category card's label opens by click, and a light source in the cart shows its label beside the price", async ({
  page,
}) => {
  await page.goto("/nl/categories/led-lampen")
  const card = page
    .locator(".card")
    .filter({ has: page.getByTestId("energy-badge") })
    .first()
  await card.getByTestId("energy-badge").click()
  await expect(page.locator(".energy-label:popover-open img")).toBeVisible()
  await page.keyboard.press("Escape")

  await card.getByTestId("product-card").click()
  await page.getByRole("button", { name: "In winkelwagen" }).click()
  await expect(page.getByText("Toegevoegd aan je winkelwagen.")).toBeVisible()
  await page.goto("/nl/cart")
  const line = page.getByTestId("cart-line").filter({ has: page.getByTestId("energy-badge") })
  await expect(line).toHaveCount(1)
  await line.getByTestId("energy-badge").click()
  await expect(page.locator(".energy-label:popover-open img")).toBeVisible()
  await expect(line.getByTestId("energy-sheet")).toHaveText("Productinformatieblad")
})
