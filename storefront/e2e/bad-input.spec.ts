import { expect, test } from "@playwright/test"
import { addFirstProductToCart, adminOrdersFor, fillCheckout, uniqueEmail } from "./support"

test("an invalid e-mail, postcode or VAT number is named, keeps what was typed and creates no order", async ({
  page,
  request,
}) => {
  const email = uniqueEmail("fout")
  await addFirstProductToCart(page, "/nl/categories/wandlampen")
  await page.goto("/nl/checkout")

  await fillCheckout(page, { email: "anna@", postcode: "7311ab" })
  await page.getByTestId("place-order").click()
  await expect(page.getByTestId("checkout-error")).toHaveText("Controleer de gemarkeerde velden.")
  await expect(page.getByText("Vul een geldig e-mailadres in")).toBeVisible()
  await expect(page.getByLabel("Achternaam")).toHaveValue("de Vries")

  await page.getByLabel("E-mailadres").fill(email)
  await page.getByLabel("Postcode").fill("ABCD")
  await page.getByTestId("place-order").click()
  await expect(page.getByText("Vul een geldige postcode in")).toBeVisible()
  await expect(page.getByLabel("E-mailadres")).toHaveValue(email)
  await expect(page.getByLabel("Postcode")).toHaveAttribute("aria-invalid", "true")

  await page.getByLabel("Postcode").fill("7311ab")
  await page.getByText("Zakelijk bestellen? (optioneel)").click()
  await page.getByLabel("Btw-nummer").fill("NL12345")
  await page.getByTestId("place-order").click()
  await expect(page.getByText("Vul een geldig Nederlands of Belgisch btw-nummer in")).toBeVisible()
  await expect(page.getByLabel("Btw-nummer")).toHaveValue("NL12345")

  expect(await adminOrdersFor(request, email)).toHaveLength(0)
  await page.goto("/nl/cart")
  await expect(page.getByTestId("cart-line")).toHaveCount(1)
})

test("checkout with an empty cart says so", async ({ page }) => {
  await page.goto("/nl/checkout")
  await expect(page.getByTestId("checkout-error")).toHaveText("Je winkelwagen is leeg: voeg eerst een product toe.")
  await expect(page.getByTestId("place-order")).toHaveCount(0)
})

test("a quantity over stock is refused with a clear message and the cart stays empty", async ({ page }) => {
  await page.goto("/nl/categories/hanglampen")
  await page.getByTestId("product-card").first().click()
  const stock = await page.getByTestId("stock").innerText()
  const available = Number(stock.match(/\d+/)?.[0] ?? 0)
  expect(available).toBeGreaterThan(0)
  expect(available).toBeLessThan(99)
  await page.getByLabel("Aantal").fill(String(available + 1))
  await page.getByRole("button", { name: "In winkelwagen" }).click()
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Dit aantal is niet op voorraad.")
  await expect(page.getByTestId("cart-link")).toHaveText(/\(0\)/)
})

test("an unknown product handle shows the 404 page", async ({ page }) => {
  const response = await page.goto("/nl/products/bestaat-niet-123")
  expect(response?.status()).toBe(404)
  await expect(page.getByRole("heading", { name: "Pagina niet gevonden" })).toBeVisible()
})

test("an invalid filter value is reported instead of failing", async ({ page }) => {
  await page.goto("/nl/categories/spots?fitting=E99")
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "Dit filter begrijpen we niet (fitting=E99); we tonen alle producten.",
  )
  await expect(page.getByTestId("product-card").first()).toBeVisible()
})
