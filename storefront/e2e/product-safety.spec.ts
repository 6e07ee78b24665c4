import { expect, test, type APIRequestContext, type Page } from "@playwright/test"
import { EU_MEMBER_STATES } from "@helder/lighting"

// GPSR (Regulation (EU) 2023/988) art. 19: every product page shows its maker, the EU responsible person
// of a maker outside the EU, each variant's identifiers and the warnings, in the page's language. The
// whole seeded catalog is walked in both languages, and compared with the store API's raw metadata.

const backendUrl = process.env.BACKEND_URL ?? "http://localhost:9000"

type Operator = { name: string; address: string; email: string; country: string }
type Metadata = Record<string, unknown> | null
type RawProduct = { handle: string; metadata: Metadata; variants: { title: string; metadata: Metadata }[] }

/** What a product's page must show, read from the store API without the storefront's code. */
type Expected = {
  handle: string
  manufacturer: Operator
  responsible: Operator | null
  variants: { title: string; ean: string; model: string }[]
  warnings: { nl: string[]; en: string[] }
}

async function expectedProducts(request: APIRequestContext): Promise<Expected[]> {
  const headers = { "x-publishable-api-key": process.env.MEDUSA_PUBLISHABLE_KEY ?? "" }
  const response = await request.get(`${backendUrl}/store/products`, {
    headers,
    params: { limit: 500, fields: "id,handle,metadata,*variants" },
  })
  expect(response.ok()).toBeTruthy()
  const { products } = (await response.json()) as { products: RawProduct[] }
  expect(products.length).toBeGreaterThan(0)
  return products.map((product) => {
    const metadata = product.metadata ?? {}
    // A variant's own key wins over the product's, as with the lighting attributes.
    const key = (variant: Metadata, name: string) => String(variant?.[name] ?? metadata[name] ?? "")
    return {
      handle: product.handle,
      manufacturer: metadata.manufacturer as Operator,
      responsible: (metadata.eu_responsible_person as Operator | undefined) ?? null,
      variants: product.variants.map((variant) => ({
        title: variant.title,
        ean: key(variant.metadata, "ean"),
        model: key(variant.metadata, "model"),
      })),
      warnings: { nl: metadata.safety_nl as string[], en: metadata.safety_en as string[] },
    }
  })
}

const TEXTS = {
  nl: { title: "Productveiligheid", responsible: "Verantwoordelijke persoon in de EU" },
  en: { title: "Product safety", responsible: "Responsible person in the EU" },
} as const

async function expectOperator(page: Page, testId: string, operator: Operator, handle: string) {
  const block = page.getByTestId("product-safety").getByTestId(testId)
  await expect(block, handle).toContainText(operator.name)
  await expect(block, handle).toContainText(operator.address)
  await expect(block.getByRole("link", { name: operator.email }), handle).toHaveAttribute(
    "href",
    `mailto:${operator.email}`,
  )
}

async function expectSafetyBlock(page: Page, product: Expected, locale: "nl" | "en") {
  await page.goto(`/${locale}/products/${product.handle}`)
  const block = page.getByTestId("product-safety")
  await expect(block.getByRole("heading", { name: TEXTS[locale].title, exact: true }), product.handle).toBeVisible()
  await expectOperator(page, "manufacturer", product.manufacturer, product.handle)
  if (product.responsible) {
    await expect(block.getByText(TEXTS[locale].responsible, { exact: true }), product.handle).toBeVisible()
    await expectOperator(page, "responsible-person", product.responsible, product.handle)
  } else {
    await expect(block.getByTestId("responsible-person"), product.handle).toHaveCount(0)
  }
  const rows = block.getByTestId("product-identification").locator("tbody tr")
  await expect(rows, product.handle).toHaveCount(product.variants.length)
  for (const variant of product.variants) {
    const row = rows.filter({ hasText: variant.ean })
    const what = `${product.handle} ${variant.title}`
    await expect(row, what).toHaveCount(1)
    await expect(row.getByRole("cell").nth(0), what).toHaveText(variant.title)
    await expect(row.getByRole("cell").nth(1), what).toHaveText(variant.model)
    await expect(row.getByRole("cell").nth(2), what).toHaveText(variant.ean)
  }
  await expect(block.getByTestId("safety-warnings").getByRole("listitem"), product.handle).toHaveText(
    product.warnings[locale],
  )
}

test("the seeded catalog's data is complete: makers outside the EU name a responsible person in the EU", async ({
  request,
}) => {
  const eu: readonly string[] = EU_MEMBER_STATES
  const products = await expectedProducts(request)
  const outside = products.filter((product) => !eu.includes(product.manufacturer.country))
  expect(outside.length, "a maker outside the EU, so the responsible person is shown somewhere").toBeGreaterThan(0)
  expect(
    outside.filter((product) => !product.responsible || !eu.includes(product.responsible.country)).map((p) => p.handle),
  ).toEqual([])
  for (const product of products) {
    expect(
      product.variants.filter((variant) => !/^\d{13}$/.test(variant.ean)),
      product.handle,
    ).toEqual([])
    expect(product.warnings.nl.length, product.handle).toBeGreaterThan(0)
    expect(product.warnings.en, product.handle).toHaveLength(product.warnings.nl.length)
  }
})

for (const locale of ["nl", "en"] as const) {
  test(`every seeded product's page shows its safety information in ${locale === "nl" ? "Dutch" : "English"}`, async ({
    page,
    request,
  }) => {
    test.setTimeout(400_000)
    const products = await expectedProducts(request)
    for (const product of products) await expectSafetyBlock(page, product, locale)
  })
}
