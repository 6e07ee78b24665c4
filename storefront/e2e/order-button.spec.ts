import { expect, test, type Page } from "@playwright/test"
import { euros, seededProducts, type SeededProduct } from "./seed-data"
import { placeGuestOrder } from "./support"

// Directive 2011/83 art. 8(2): right before the order the shopper sees the main characteristics of what
// they buy and the total they will be charged, and the button says that ordering means paying. Tried as
// a shopper: one product of every category in the cart (bulbs, integrated LED, spots with a beam angle).

const CATEGORIES = [
  "hanglampen",
  "wandlampen",
  "plafondlampen",
  "tafellampen",
  "vloerlampen",
  "buitenverlichting",
  "led-lampen",
  "spots",
  "slimme-verlichting",
]
const BUTTON = { nl: "Bestelling met betalingsverplichting", en: "Order with obligation to pay" } as const

let products: SeededProduct[] = []
test.beforeAll(async ({ request }) => {
  products = await seededProducts(request)
})

/** The values a cart line must name for a variant, as the Dutch checkout writes them. */
function namedValues(spec: SeededProduct["variants"][number]["spec"]): string[] {
  const number = (value: number) => new Intl.NumberFormat("nl-NL").format(value)
  return [
    spec.fitting,
    `${number(spec.kelvin)} K`,
    `${number(spec.wattage)} W`,
    `${number(spec.lumen)} lm`,
    spec.dimmable ? "dimbaar" : "niet dimbaar",
    spec.ip_rating,
    `energieklasse ${spec.energy_class}`,
    ...(spec.beam_angle ? [`${number(spec.beam_angle)} °`] : []),
  ]
}

/** Fills the cart with the first product of every category; returns what went in. */
async function oneOfEveryCategory(page: Page): Promise<SeededProduct[]> {
  const added: SeededProduct[] = []
  for (const category of CATEGORIES) {
    await page.goto(`/nl/categories/${category}`)
    const href = await page.getByTestId("product-card").first().getAttribute("href")
    const product = products.find((p) => href?.endsWith(`/products/${p.handle}`))
    if (!product) throw new Error(`${category}: its first card links to no seeded product (${href})`)
    if (added.includes(product)) continue
    await page.goto(`/nl/products/${product.handle}`)
    await page.getByRole("button", { name: "In winkelwagen" }).click()
    await expect(page.getByText("Toegevoegd aan je winkelwagen.")).toBeVisible()
    added.push(product)
  }
  return added
}

/** The total and the obligation sentence right above the button, for the delivery option now chosen. */
async function aboveButton(page: Page) {
  const total = page.locator('[data-testid="checkout-total"]:visible')
  const obligation = page.locator('[data-testid="checkout-obligation"]:visible')
  await expect(total).toHaveCount(1)
  await expect(obligation).toHaveCount(1)
  return { total: (await total.innerText()).trim(), obligation: (await obligation.innerText()).trim() }
}

test("right above the order button stand every line's main characteristics, delivery, withdrawal with the model form, the legal guarantee and the total for the chosen delivery, with and without JavaScript; the button says ordering means paying", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000)
  const added = await oneOfEveryCategory(page)

  await page.goto("/nl/checkout")
  const block = page.getByTestId("before-order")
  const lines = block.getByTestId("order-line")
  await expect(lines).toHaveCount(added.length)
  for (const product of added) {
    const line = lines.filter({ hasText: product.title })
    await expect(line, product.handle).toHaveCount(1)
    const text = await line.innerText()
    // The line names every attribute of one of the product's variants, and the price of the line.
    const matching = product.variants.filter(
      (v) => namedValues(v.spec).every((value) => text.includes(value)) && text.includes(euros(v.price)),
    )
    expect({ product: product.handle, text, matches: matching.length > 0 }).toEqual({
      product: product.handle,
      text,
      matches: true,
    })
  }
  await expect(block).toContainText("uiterlijk 30 dagen na je bestelling")
  await expect(block).toContainText("Herroepingsrecht: je kunt tot 14 dagen")
  await expect(block).toContainText("Wettelijke garantie")
  const form = await page.request.get(
    (await block.getByRole("link", { name: "modelformulier voor herroeping" }).getAttribute("href")) ?? "",
  )
  expect({ status: form.status(), type: form.headers()["content-type"] }).toEqual({
    status: 200,
    type: "application/pdf",
  })
  await expect(page.getByRole("button", { name: BUTTON.nl, exact: true })).toBeVisible()

  // Every delivery option: the total above the button, and the sentence that it is what the order obliges to pay.
  const options = page.getByRole("radio", { name: /Thuisbezorgd|Ophalen/ })
  const count = await options.count()
  expect(count).toBeGreaterThan(1)
  const totals: string[] = []
  for (let i = 0; i < count; i++) {
    await options.nth(i).check()
    const shown = await aboveButton(page)
    expect(shown.obligation).toBe(
      `Met de knop hieronder plaats je je bestelling en ga je een betalingsverplichting aan van ${shown.total}.`,
    )
    totals.push(shown.total)
  }
  expect(new Set(totals).size).toBe(count)

  // Without JavaScript the same follows the choice (a stylesheet rule), and the English page says it in English.
  const state = await page.context().storageState()
  const plain = await browser.newContext({ baseURL, javaScriptEnabled: false, storageState: state })
  const noScript = await plain.newPage()
  await noScript.goto("/nl/checkout")
  for (let i = 0; i < count; i++) {
    await noScript
      .getByRole("radio", { name: /Thuisbezorgd|Ophalen/ })
      .nth(i)
      .check()
    expect((await aboveButton(noScript)).total).toBe(totals[i])
  }
  await noScript.goto("/en/checkout")
  await expect(noScript.getByRole("button", { name: BUTTON.en, exact: true })).toBeVisible()
  await expect(noScript.getByTestId("before-order")).toContainText("Right of withdrawal")
  await plain.close()
})

test("the footer's newsletter form has no gap between the address field and the opt-in box, and /favicon.ico is an icon", async ({
  page,
  request,
}) => {
  await page.goto("/nl")
  const footer = page.getByTestId("newsletter-footer")
  const field = await footer.getByLabel("Mailadres voor de nieuwsbrief").boundingBox()
  const optIn = await footer.getByTestId("newsletter-opt-in").locator("xpath=..").boundingBox()
  // The column's own gap (.8rem) and a little rounding, not the 12rem a field's flex basis once added.
  expect(optIn!.y - (field!.y + field!.height)).toBeLessThan(24)
  const icon = await request.get("/favicon.ico")
  expect({ status: icon.status(), type: icon.headers()["content-type"] }).toEqual({ status: 200, type: "image/x-icon" })
})

test("the confirmation page offers the withdrawal function from the start, and the invoice once it is issued", async ({
  page,
}) => {
  await placeGuestOrder(page, "bevestiging")
  const withdraw = page.getByTestId("withdraw-button")
  await expect(withdraw).toHaveText("Herroepen — herroep de overeenkomst hier")
  await expect(withdraw).toHaveAttribute("href", /^\/nl\/order-link\/[^/]+\/withdraw$/)
  // The invoice is issued right after the order; a reload shows its link.
  await expect(async () => {
    await page.reload()
    await expect(page.getByTestId("download-invoice")).toBeVisible({ timeout: 1000 })
  }).toPass({ timeout: 30_000 })
  const pdf = await page.request.get((await page.getByTestId("download-invoice").getAttribute("href"))!)
  expect({ status: pdf.status(), type: pdf.headers()["content-type"] }).toEqual({
    status: 200,
    type: "application/pdf",
  })
  await withdraw.click()
  await expect(page.getByTestId("withdraw-page")).toBeVisible()
})
