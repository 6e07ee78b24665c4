import { expect, test } from "@playwright/test"
import { adminOrdersFor, fillCheckout, uniqueEmail } from "./support"

test("[P-account-optional] a guest filters the catalog, picks a variant, checks out without an account and the order reaches the admin", async ({
  page,
  request,
}) => {
  const email = uniqueEmail("gast")

  await page.goto("/nl")
  await page.getByRole("navigation", { name: "Categorieën" }).getByRole("link", { name: "Spots" }).click()
  await expect(page).toHaveURL(/\/nl\/categories\/spots$/)
  const all = Number((await page.getByTestId("result-count").innerText()).match(/\d+/)?.[0])

  // Filter on a fitting: the URL carries the filter and the list shrinks to matching products.
  await page.getByRole("checkbox", { name: "GU10" }).check()
  await page.getByRole("button", { name: "Toepassen" }).click()
  await expect(page).toHaveURL(/fitting=GU10/)
  const filtered = Number((await page.getByTestId("result-count").innerText()).match(/\d+/)?.[0])
  expect(filtered).toBeGreaterThan(0)
  expect(filtered).toBeLessThanOrEqual(all)

  await page.getByTestId("product-card").first().click()
  await expect(page.getByTestId("specs")).toContainText("GU10")

  // Pick the last value of the first option: the price and specs follow the chosen variant.
  const select = page.locator("select").first()
  const values = await select.locator("option").allTextContents()
  await select.selectOption({ label: values[values.length - 1]! })
  await expect(page.getByTestId("variant-price")).toContainText("€")
  await page.getByRole("button", { name: "In winkelwagen" }).click()
  await expect(page.getByText("Toegevoegd aan je winkelwagen.")).toBeVisible()

  await page.getByTestId("cart-link").click()
  await expect(page.getByTestId("cart-line")).toHaveCount(1)
  await page.getByRole("link", { name: "Afrekenen" }).click()

  await fillCheckout(page, { email, postcode: "7311ab" })
  await page.getByRole("radio", { name: /Thuisbezorgd/ }).check()
  await page.getByTestId("place-order").click()

  await expect(page.getByTestId("order-confirmation")).toBeVisible()
  await expect(page.getByText(email)).toBeVisible()
  await expect(page.getByText("7311 AB Apeldoorn")).toBeVisible()
  await expect(page.getByTestId("cart-link")).toHaveText(/\(0\)/)

  const orders = await adminOrdersFor(request, email)
  expect(orders).toHaveLength(1)
  expect(orders[0]!.items).toHaveLength(1)

  // The confirmation's address names no order: the browser's cookie proves which one. The old address
  // with the order id leads there too, and a request without the cookie gets a 404.
  await expect(page).toHaveURL(/\/nl\/order$/)
  await page.goto(`/nl/order/${orders[0]!.id}`)
  await expect(page).toHaveURL(/\/nl\/order$/)
  await expect(page.getByTestId("order-confirmation")).toBeVisible()
  expect((await request.get("/nl/order")).status()).toBe(404)
})

test("a Belgian guest orders with a Belgian postcode and pick-up", async ({ page, request }) => {
  const email = uniqueEmail("belg")
  await page.goto("/nl/categories/led-lampen")
  await page.getByTestId("product-card").first().click()
  await page.getByRole("button", { name: "In winkelwagen" }).click()
  await expect(page.getByText("Toegevoegd aan je winkelwagen.")).toBeVisible()
  await page.goto("/nl/checkout")
  await fillCheckout(page, { email, postcode: "3800", country: "be" })
  await page.getByRole("radio", { name: /Ophalen/ }).check()
  await page.getByTestId("place-order").click()
  await expect(page.getByTestId("order-confirmation")).toBeVisible()
  expect(await adminOrdersFor(request, email)).toHaveLength(1)
})
