import { expect, type APIRequestContext, type Page } from "@playwright/test"

const backendUrl = process.env.BACKEND_URL ?? "http://localhost:9000"

/** A token for the admin API, as staff would get by logging in. */
export async function adminToken(request: APIRequestContext): Promise<string> {
  const response = await request.post(`${backendUrl}/auth/user/emailpass`, {
    data: { email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD },
  })
  expect(response.ok()).toBeTruthy()
  return ((await response.json()) as { token: string }).token
}

/** Orders the admin API lists for an e-mail address. */
export async function adminOrdersFor(request: APIRequestContext, email: string) {
  const token = await adminToken(request)
  const response = await request.get(`${backendUrl}/admin/orders`, {
    params: { q: email, fields: "id,display_id,email,total,*items" },
    headers: { authorization: `Bearer ${token}` },
  })
  expect(response.ok()).toBeTruthy()
  const { orders } = (await response.json()) as { orders: { id: string; email: string; items: { quantity: number }[] }[] }
  return orders.filter((order) => order.email === email)
}

/** A unique address per test run, so a test only ever sees its own orders. */
export function uniqueEmail(label: string): string {
  return `${label}-${Date.now()}-${Math.round(Math.random() * 1e6)}@example.nl`
}

/** Opens a product page from a category listing and adds its current variant to the cart. */
export async function addFirstProductToCart(page: Page, categoryPath: string) {
  await page.goto(categoryPath)
  await page.getByTestId("product-card").first().click()
  await page.getByRole("button", { name: "In winkelwagen" }).click()
  await expect(page.getByText("Toegevoegd aan je winkelwagen.")).toBeVisible()
}

/** Fills the checkout's contact and address fields. */
export async function fillCheckout(page: Page, fields: { email: string; postcode: string; country?: "nl" | "be" }) {
  await page.getByLabel("E-mailadres").fill(fields.email)
  await page.getByLabel("Voornaam").fill("Anna")
  await page.getByLabel("Achternaam").fill("de Vries")
  await page.getByLabel("Straat en huisnummer").fill("Hoofdstraat 12")
  await page.getByLabel("Postcode").fill(fields.postcode)
  await page.getByLabel("Plaats").fill("Apeldoorn")
  if (fields.country) await page.getByLabel("Land").selectOption(fields.country)
}
