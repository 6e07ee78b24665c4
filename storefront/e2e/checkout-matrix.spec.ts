import { expect, test, type Page } from "@playwright/test"
import { adminApi, adminOrdersFor, logIn, registerAndVerify, uniqueEmail } from "./support"
import { euros, seededProducts, type SeededProduct } from "./seed-data"

// Every country × delivery option × guest or account: the order keeps the addresses as typed and
// costs what the page said above the button. A test of one country with pick-up missed that every
// Belgian home delivery lost its address.

const ADDRESSES = {
  nl: {
    first_name: "Anna",
    last_name: "de Vries",
    address_1: "Hoofdstraat 12",
    postal_code: "7311 AB",
    city: "Apeldoorn",
    country_code: "nl",
    phone: "055 123 4567",
  },
  be: {
    first_name: "Jan",
    last_name: "Peeters",
    address_1: "Naamsestraat 8",
    postal_code: "3800",
    city: "Sint-Truiden",
    country_code: "be",
    phone: "+32 11 68 12 34",
  },
}
const DELIVERY = { home: { name: "Thuisbezorgd", price: 4.95 }, pickup: { name: "Ophalen in de winkel", price: 0 } }
const PASSWORD = "lamp-kap-messing-47"
const account = uniqueEmail("matrix")

let products: SeededProduct[] = []

test.describe.configure({ mode: "serial" })

test.beforeAll(async ({ browser, request }) => {
  products = await seededProducts(request)
  const page = await browser.newPage()
  await registerAndVerify(page, account, PASSWORD)
  await page.close()
})

/** Puts one product's first variant in the cart from its page; returns its price. */
async function addToCart(page: Page, product: SeededProduct): Promise<number> {
  await page.goto(`/nl/products/${product.handle}`)
  const price = (await page.getByTestId("variant-price").innerText()).trim()
  await page.getByRole("button", { name: "In winkelwagen" }).click()
  await expect(page.getByText("Toegevoegd aan je winkelwagen.")).toBeVisible()
  const variant = product.variants.find((v) => euros(v.price) === price)
  if (!variant) throw new Error(`${product.handle}: no variant priced ${price}`)
  return variant.price
}

/** The total the summary right above the order button shows now. */
async function totalAboveButton(page: Page): Promise<string> {
  const shown = page.locator('[data-testid="checkout-total"]:visible')
  await expect(shown).toHaveCount(1)
  return (await shown.innerText()).trim()
}

const cases = (["nl", "be"] as const).flatMap((country) =>
  (["home", "pickup"] as const).flatMap((delivery) =>
    (["guest", "account"] as const).map((who) => ({ country, delivery, who })),
  ),
)

cases.forEach(({ country, delivery, who }, index) => {
  test(`${who} in ${country.toUpperCase()} with ${delivery}: the order keeps both addresses as typed and costs the total shown above the button`, async ({
    page,
    request,
  }) => {
    const email = who === "account" ? account : uniqueEmail(`matrix-${country}-${delivery}`)
    if (who === "account") await logIn(page, account, PASSWORD)
    const product = products[(index * 7) % products.length]!
    const itemPrice = await addToCart(page, product)

    await page.goto("/nl/checkout")
    const typed = ADDRESSES[country]
    await page.getByLabel("E-mailadres").fill(email)
    await page.getByLabel("Voornaam").fill(typed.first_name)
    await page.getByLabel("Achternaam").fill(typed.last_name)
    await page.getByLabel("Straat en huisnummer").fill(typed.address_1)
    await page.getByLabel("Postcode").fill(typed.postal_code)
    await page.getByLabel("Plaats").fill(typed.city)
    await page.getByLabel("Land").selectOption(typed.country_code)
    await page.getByLabel("Telefoon (optioneel)").fill(typed.phone)
    await page.getByRole("radio", { name: new RegExp(DELIVERY[delivery].name) }).check()
    const shown = await totalAboveButton(page)
    expect(shown).toBe(euros(itemPrice + DELIVERY[delivery].price))

    await page.getByTestId("place-order").click()
    await expect(page.getByTestId("order-confirmation")).toBeVisible()
    // The confirmation's address holds no id (the order-link cookie proves the order): find it by its number.
    const number = await page.getByTestId("order-number").textContent()
    const placed = (await adminOrdersFor(request, email)).find((o) => String(o.display_id) === number?.trim())
    expect(placed, `order ${number} of ${email}`).toBeDefined()
    const orderId = placed!.id

    const admin = await adminApi(request)
    const { order: revealed } = await admin.post("/admin/privacy/reveal", {
      subject_type: "order",
      subject_id: orderId,
      reason: "browser test compares the stored addresses with the typed ones",
    })
    const { order } = await admin.get(`/admin/orders/${orderId}?fields=id,total,*shipping_methods`)
    const pick = (address: Record<string, unknown>) =>
      Object.fromEntries(Object.keys(typed).map((key) => [key, address[key]]))
    expect({ shipping: pick(revealed.shipping_address), billing: pick(revealed.billing_address) }).toEqual({
      shipping: typed,
      billing: typed,
    })
    expect(order.shipping_methods.map((method: { name: string }) => method.name)).toEqual([DELIVERY[delivery].name])
    expect(euros(order.total)).toBe(shown)
  })
})

test("without JavaScript the total above the button follows the chosen delivery option", async ({ browser, page }) => {
  const product = products[3 % products.length]!
  const itemPrice = await addToCart(page, product)
  const context = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  })
  const noScript = await context.newPage()
  await noScript.goto("/nl/checkout")
  for (const delivery of ["home", "pickup", "home"] as const) {
    await noScript.getByRole("radio", { name: new RegExp(DELIVERY[delivery].name) }).check()
    expect(await totalAboveButton(noScript)).toBe(euros(itemPrice + DELIVERY[delivery].price))
  }
  await context.close()
})
