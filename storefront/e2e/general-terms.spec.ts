import AxeBuilder from "@axe-core/playwright"
import { expect, test, type APIRequestContext, type Page } from "@playwright/test"
import { SHOP_INFO_PATHS, TERMS_EDITIONS, type DeliveryOptionsResponse } from "@helder/schemas"
import { addFirstProductToCart, fillCheckout, mailTo, uniqueEmail } from "./support"

// General terms, shop information and the legal guarantee notice (Directive 2011/83 art. 6(1)(l), 8(2)
// and 22a): the footer leads to the terms, delivery, returns and guarantee pages in each language; the
// checkout names the terms it places the order under right above the button, and the confirmation
// mail carries them; every product page and the checkout show the guarantee notice.

const backendUrl = process.env.BACKEND_URL ?? "http://localhost:9000"
const storeHeaders = { "x-publishable-api-key": process.env.MEDUSA_PUBLISHABLE_KEY ?? "" }
const current = TERMS_EDITIONS[TERMS_EDITIONS.length - 1]!

const TEXTS = {
  nl: {
    terms: "Algemene voorwaarden",
    delivery: "Levering",
    returns: "Retourneren",
    guarantee: "Garantie",
    notice: "Wettelijke garantie",
    years: "minimaal 2 jaar",
    version: `Versie ${current.id}`,
    free: "Gratis",
    withdraw: "Hier de overeenkomst herroepen",
  },
  en: {
    terms: "General terms and conditions",
    delivery: "Delivery",
    returns: "Returns",
    guarantee: "Guarantee",
    notice: "Legal guarantee",
    years: "minimum 2 years",
    version: `Version ${current.id}`,
    free: "Free",
    withdraw: "Withdraw from contract here",
  },
} as const
const FOOTER = { nl: { terms: "Algemene voorwaarden" }, en: { terms: "General terms" } } as const

async function deliveryOptions(request: APIRequestContext): Promise<DeliveryOptionsResponse> {
  const response = await request.get(`${backendUrl}/store/delivery-options`, { headers: storeHeaders })
  expect(response.ok()).toBeTruthy()
  return (await response.json()) as DeliveryOptionsResponse
}

/** A euro amount as the page's language writes it. */
const money = (amount: number, locale: "nl" | "en") =>
  new Intl.NumberFormat(locale === "nl" ? "nl-NL" : "en-IE", { style: "currency", currency: "EUR" }).format(amount)

/** The footer link to a page, followed: it must land on the page's own address in that language. */
async function followFooter(page: Page, locale: "nl" | "en", testId: string, path: string, heading: string) {
  await page.goto(`/${locale}`)
  await page.getByRole("contentinfo").getByTestId(testId).click()
  await expect(page).toHaveURL(new RegExp(`/${locale}${path}$`))
  await expect(page.getByRole("heading", { level: 1, name: heading, exact: true })).toBeVisible()
}

for (const locale of ["nl", "en"] as const) {
  test(`the footer leads to the general terms, delivery, returns and guarantee pages (${locale}); the other language's address is not found`, async ({
    page,
    request,
  }) => {
    const texts = TEXTS[locale]
    const other = locale === "nl" ? "en" : "nl"

    await followFooter(page, locale, "footer-terms", SHOP_INFO_PATHS.terms[locale], texts.terms)
    await expect(page.getByRole("contentinfo").getByTestId("footer-terms")).toHaveText(FOOTER[locale].terms)
    await expect(page.getByTestId("terms-version")).toContainText(texts.version)
    for (const section of current.sections[locale])
      await expect(page.getByRole("heading", { level: 2, name: section.title, exact: true })).toBeVisible()
    const terms = await page.getByTestId("general-terms").innerText()
    expect(terms).not.toMatch(/\{(name|address|email|kvk|vat)\}|\]\(/)
    await expect(
      page
        .getByTestId("general-terms")
        .getByRole("link", { name: locale === "nl" ? "modelformulier voor herroeping" : "model withdrawal form" }),
    ).toHaveAttribute("href", `/${locale}/withdrawal-form`)

    await followFooter(page, locale, "footer-delivery", SHOP_INFO_PATHS.delivery[locale], texts.delivery)
    const { delivery_options } = await deliveryOptions(request)
    expect(delivery_options.length).toBeGreaterThan(0)
    const rows = page.getByTestId("delivery-option")
    await expect(rows).toHaveCount(delivery_options.length)
    for (const option of delivery_options) {
      await expect(rows.filter({ hasText: option.name }).getByTestId("delivery-option-cost"), option.name).toHaveText(
        option.amount ? money(option.amount, locale) : texts.free,
      )
    }
    await expect(page.getByTestId("delivery-term")).toContainText(
      locale === "nl" ? "uiterlijk 30 dagen" : "at the latest 30 days",
    )

    await followFooter(page, locale, "footer-returns", SHOP_INFO_PATHS.returns[locale], texts.returns)
    await expect(page.getByTestId("returns-page")).toContainText("14")
    await expect(page.getByTestId("returns-withdraw")).toHaveAttribute("href", `/${locale}/withdraw`)
    await expect(page.getByTestId("returns-withdraw")).toHaveText(texts.withdraw)
    const form = await page.request.get((await page.getByTestId("returns-model-form").getAttribute("href"))!)
    expect({ status: form.status(), type: form.headers()["content-type"] }).toEqual({
      status: 200,
      type: "application/pdf",
    })

    await followFooter(page, locale, "footer-guarantee", SHOP_INFO_PATHS.guarantee[locale], texts.guarantee)
    await expect(page.getByTestId("guarantee-notice")).toContainText(texts.years)

    for (const key of ["terms", "delivery", "returns", "guarantee"] as const) {
      expect(
        (await page.request.get(`/${other}${SHOP_INFO_PATHS[key][locale]}`)).status(),
        `${other}${SHOP_INFO_PATHS[key][locale]}`,
      ).toBe(404)
    }
  })
}

test("every product page of the catalog shows the legal guarantee notice, in Dutch and in English", async ({
  request,
}) => {
  test.setTimeout(180_000)
  const response = await request.get(`${backendUrl}/store/products`, {
    headers: storeHeaders,
    params: { limit: 500, fields: "handle" },
  })
  expect(response.ok()).toBeTruthy()
  const { products, count } = (await response.json()) as { products: { handle: string }[]; count: number }
  expect(products.length).toBeGreaterThan(0)
  expect(products.length).toBe(count)
  const pages = products.flatMap(({ handle }) => (["nl", "en"] as const).map((locale) => ({ handle, locale })))
  const missing: string[] = []
  // Server-rendered HTML, fetched a few at a time: the notice must be there without JavaScript.
  for (let i = 0; i < pages.length; i += 6) {
    await Promise.all(
      pages.slice(i, i + 6).map(async ({ handle, locale }) => {
        const html = await (await request.get(`/${locale}/products/${handle}`)).text()
        const notice = html.match(/<section[^>]*data-testid="guarantee-notice"[\s\S]*?<\/section>/)?.[0] ?? ""
        if (
          !notice.includes(TEXTS[locale].notice) ||
          !notice.includes(TEXTS[locale].years) ||
          !notice.includes(`/${locale}${SHOP_INFO_PATHS.guarantee[locale]}`)
        )
          missing.push(`/${locale}/products/${handle}`)
      }),
    )
  }
  expect(missing).toEqual([])
})

test("right above the order button the checkout shows the guarantee notice and links the general terms it places the order under; the order keeps them and the confirmation mail attaches them", async ({
  page,
}) => {
  test.setTimeout(120_000)
  const email = uniqueEmail("voorwaarden")
  await addFirstProductToCart(page, "/nl/categories/spots")

  for (const locale of ["en", "nl"] as const) {
    await page.goto(`/${locale}/checkout`)
    const block = page.getByTestId("before-order")
    await expect(block.getByTestId("guarantee-notice")).toContainText(TEXTS[locale].years)
    const link = block.getByTestId("checkout-terms-link")
    await expect(link).toHaveAttribute("href", `/${locale}${SHOP_INFO_PATHS.terms[locale]}`)
    await expect(block.getByTestId("checkout-terms")).toContainText(current.id)
    // The terms stand above the button, in the block that ends right before it.
    const [terms, button] = await Promise.all([link.boundingBox(), page.getByTestId("place-order").boundingBox()])
    expect(terms!.y).toBeLessThan(button!.y)
    expect((await page.request.get((await link.getAttribute("href"))!)).status()).toBe(200)
  }

  await fillCheckout(page, { email, postcode: "7311ab" })
  await page.getByRole("radio", { name: /Thuisbezorgd/ }).check()
  await page.getByTestId("place-order").click()
  const number = await page.getByTestId("order-number").innerText()
  const confirmation = await mailTo(email, new RegExp(`^Je bestelling #${number} `), 30_000)
  expect(confirmation.attachments.map((a) => a.filename)).toContain(`algemene-voorwaarden-${current.id}.html`)
  expect(confirmation.text).toContain("algemene voorwaarden")
})

test("[P-accessibility-wcag] no WCAG 2.2 A/AA violation on the general terms, delivery, returns and guarantee pages, in both languages", async ({
  page,
}) => {
  test.setTimeout(120_000)
  const found: Record<string, string[]> = {}
  for (const locale of ["nl", "en"] as const) {
    for (const key of ["terms", "delivery", "returns", "guarantee"] as const) {
      const path = `/${locale}${SHOP_INFO_PATHS[key][locale]}`
      await page.goto(path)
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
        .analyze()
      const list = results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`))
      if (list.length) found[path] = list
    }
  }
  expect(found).toEqual({})
})
