import { expect, test, type Page } from "@playwright/test"
import { CHOSE_NECESSARY } from "./global-setup"
import { adminApi, adminLogin, adminOrdersFor, createStaff, placeGuestOrder } from "./support"

const backendUrl = process.env.BACKEND_URL ?? "http://localhost:9000"

/** The admin API as a logged-in page's session sees it. */
async function sessionGet(page: Page, path: string) {
  return page.evaluate(async (url) => {
    const response = await fetch(url, { credentials: "include" })
    return { status: response.status, body: await response.json().catch(() => null) }
  }, `${backendUrl}${path}`)
}

// Staff log in with a code that changes every 30 seconds: a login may wait for the next one.
test.describe.configure({ mode: "serial", timeout: 180_000 })

let shopper: string

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage({
    baseURL: process.env.STOREFRONT_URL ?? "http://localhost:8000",
    locale: "nl-NL",
    storageState: CHOSE_NECESSARY,
  })
  shopper = await placeGuestOrder(page, "rollen")
  await page.close()
})

test("a bookkeeper logs in with a second factor, downloads an invoice, and reaches no customer data", async ({
  page,
  request,
}) => {
  const bookkeeper = await createStaff("bookkeeping", { twoFactor: true })
  await adminLogin(page, bookkeeper)
  expect((await sessionGet(page, "/admin/staff/me")).body.two_factor).toEqual({
    enabled: true,
    required: false,
    used: true,
  })

  const [order] = await adminOrdersFor(request, shopper)
  // The invoice is issued just after the order is placed (a subscriber).
  const owner = await adminApi(request)
  let invoices: { number: string }[] = []
  await expect
    .poll(async () => (invoices = (await owner.get(`/admin/invoices?order_id=${order!.id}`)).invoices).length, {
      timeout: 30_000,
    })
    .toBeGreaterThan(0)
  await page.goto(`${backendUrl}/app/invoices`)
  await expect(page.getByRole("heading", { name: "Facturen en creditnota's" })).toBeVisible()
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("row").filter({ hasText: invoices[0]!.number }).getByRole("link", { name: "PDF" }).click(),
  ])
  expect(download.suggestedFilename()).toBe(`factuur-${invoices[0]!.number}.pdf`)

  for (const path of [
    "/admin/customers",
    `/admin/orders/${order!.id}`,
    "/admin/contact-messages",
    "/admin/audit-events",
  ]) {
    expect({ path, status: (await sessionGet(page, path)).status }).toEqual({ path, status: 403 })
  }
  await page.goto(`${backendUrl}/app/customers`)
  await expect(page.getByText(shopper)).toHaveCount(0)
})

test("[P-staff-need-to-know] [P-staff-login] a privacy officer logs in with a second factor and reveals a customer with a reason", async ({
  page,
  request,
}) => {
  const officer = await createStaff("privacy-officer", { twoFactor: true })
  await adminLogin(page, officer)
  const owner = await adminApi(request)
  const [order] = await adminOrdersFor(request, shopper)
  const { order: detail } = await owner.get(`/admin/orders/${order!.id}?fields=id,customer_id`)

  await page.goto(`${backendUrl}/app/customers/${detail.customer_id}`)
  await expect(page.getByRole("heading", { name: "Persoonsgegevens" })).toBeVisible()
  await expect(page.getByText(shopper)).toHaveCount(0)
  await page.getByPlaceholder("Reden, bijv. pakket versturen").fill("inzageverzoek van de klant")
  await page.getByRole("button", { name: "Tonen" }).click()
  await expect(page.getByTestId("revealed")).toContainText(shopper)

  const { events } = (await sessionGet(page, `/admin/audit-events?subject_id=${detail.customer_id}`)).body
  expect(events).toEqual(
    expect.arrayContaining([expect.objectContaining({ action: "reveal", reason: "inzageverzoek van de klant" })]),
  )
})

test("a catalog user edits a price and sees no orders", async ({ page }) => {
  const catalog = await createStaff("catalog")
  await adminLogin(page, catalog)
  const { products } = (await sessionGet(page, "/admin/products?limit=1&fields=id,variants.id,*variants.prices")).body
  const variant = products[0].variants[0]
  const price = variant.prices.find((p: { currency_code: string }) => p.currency_code === "eur")
  const edited = await page.evaluate(
    async ({ url, body }) =>
      (
        await fetch(url, {
          method: "POST",
          credentials: "include",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        })
      ).status,
    {
      url: `${backendUrl}/admin/products/${products[0].id}/variants/${variant.id}`,
      body: { prices: [{ id: price.id, amount: price.amount + 1, currency_code: "eur" }] },
    },
  )
  expect(edited).toBe(200)

  expect((await sessionGet(page, "/admin/orders")).status).toBe(403)
  await page.goto(`${backendUrl}/app/orders`)
  await expect(page.getByText(shopper)).toHaveCount(0)
  await expect(page.getByText(/^#\d+$/)).toHaveCount(0)
})

test("each Helder admin page loads for the role that owns it", async ({ page }) => {
  const pages: [string, string, string, boolean][] = [
    ["catalog", "/app/analytics", "Statistieken", false],
    ["privacy-officer", "/app/retention", "Bewaartermijnen", true],
    ["privacy-officer", "/app/privacy-requests", "Privacyverzoeken", true],
    ["privacy-officer", "/app/audit-log", "Logboek persoonsgegevens", true],
  ]
  for (const [role, path, heading, twoFactor] of pages) {
    const staff = await createStaff(role, { twoFactor })
    await page.context().clearCookies()
    await adminLogin(page, staff)
    await page.goto(`${backendUrl}${path}`)
    await expect(page.getByRole("heading", { name: heading, exact: true })).toBeVisible()
    await expect(page.getByText(/\(403\)|does not include/)).toHaveCount(0)
  }
})
