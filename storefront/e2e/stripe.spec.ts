import { expect, test, type Page } from "@playwright/test"
import { allServices, dataMapFromEnv, findCookie } from "@helder/privacy"
import { STRIPE_JS_STAND_IN } from "@helder/testkit"
import { adminApi, adminOrdersFor, fillCheckout, uniqueEmail } from "./support"

// `npm test` configures Stripe for the shop under test, its API answered by a local stand-in
// (STRIPE_API_BASE, packages/testkit). The browser cannot reach Stripe here, so it gets a stand-in for
// Stripe.js served as https://js.stripe.com (the shop's CSP is the one it has with Stripe configured),
// and Stripe.js's calls to api.stripe.com are answered by the same stand-in the backend talks to.
const map = dataMapFromEnv(process.env)
const stripe = allServices(map).find((service) => service.id === "stripe")
const apiBase = process.env.STRIPE_API_BASE

// A first visit that accepts every category: whatever the shop may load, it loads.
test.use({ storageState: { cookies: [], origins: [] } })

/** Every request the browser makes to a host of the data map's Stripe service, from the start of the test. */
async function recordStripe(page: Page) {
  const hosts = new Set(stripe?.hosts)
  const requests: string[] = []
  page.context().on("request", (request) => {
    if (hosts.has(new URL(request.url()).host)) requests.push(request.url())
  })
  await page
    .context()
    .route(/^https:\/\/(www\.googletagmanager\.com|connect\.facebook\.net)\//, (route) =>
      route.fulfill({ status: 200, contentType: "text/javascript", body: "/* stand-in */" }),
    )
  await page
    .context()
    .route("https://js.stripe.com/**", (route) =>
      route.fulfill({ status: 200, contentType: "text/javascript", body: STRIPE_JS_STAND_IN }),
    )
  await page.context().route("https://api.stripe.com/**", async (route) => {
    const url = new URL(route.request().url())
    return route.fulfill({ response: await route.fetch({ url: `${apiBase}${url.pathname}${url.search}` }) })
  })
  return requests
}

/** The cookies in the browser that the data map files under Stripe. */
const stripeCookies = async (page: Page) =>
  (await page.context().cookies())
    .filter((cookie) => findCookie(map, cookie.name)?.service.id === "stripe")
    .map((cookie) => cookie.name)
    .sort()

test("[P-stripe-payment-step-only] Stripe is asked for nothing on the shop's pages and checkout steps before the payment, loads when the shopper pays with it, takes the payment, and is not asked again after the order", async ({
  page,
  request,
}) => {
  expect(stripe, "npm test configures Stripe for the browser tests").toBeDefined()
  expect(apiBase, "npm test passes the Stripe API stand-in's address").toBeTruthy()
  const requests = await recordStripe(page)
  const email = uniqueEmail("stripe")

  await page.goto("/nl")
  await page.locator("#cc-main .cm[role=dialog]").getByRole("button", { name: "Alles accepteren" }).click()
  // A category the other tests order nothing from, so their orders leave its stock alone.
  await page.getByRole("navigation", { name: "Categorieën" }).getByRole("link", { name: "Vloerlampen" }).click()
  await page.getByTestId("product-card").first().click()
  await page.getByRole("button", { name: "In winkelwagen" }).click()
  await expect(page.getByText("Toegevoegd aan je winkelwagen.")).toBeVisible()
  await page.goto("/nl/cart")
  await page.getByRole("link", { name: "Afrekenen" }).click()
  // The address, then the delivery, then the payment method chosen but not yet paid.
  await fillCheckout(page, { email, postcode: "7311ab" })
  await page.getByRole("radio", { name: /Thuisbezorgd/ }).check()
  await page.getByRole("radio", { name: "Kaart, iDEAL of Bancontact" }).check()
  expect(requests).toEqual([])
  expect(await stripeCookies(page)).toEqual([])

  // The payment step: Stripe.js comes in with its Payment Element and its fraud-prevention cookies.
  await page.getByTestId("place-order").click()
  await expect(page.getByTestId("stripe-payment-element")).toBeVisible()
  expect(requests.map((url) => new URL(url).host)).toContain("js.stripe.com")
  expect(await stripeCookies(page)).toEqual(["__stripe_mid", "__stripe_sid"])
  await page.getByRole("button", { name: "Bestelling met betalingsverplichting" }).click()
  await expect(page.getByTestId("order-confirmation")).toBeVisible()
  const confirmed = requests.find((url) =>
    /^https:\/\/api\.stripe\.com\/v1\/payment_intents\/pi_[0-9a-f]+\/confirm$/.test(url),
  )
  expect(confirmed, "Stripe.js confirmed the payment intent").toBeDefined()

  // The backend asked Stripe (the stand-in) itself: the order's payment is Stripe's and captured, for
  // the amount of the intent Stripe.js confirmed (the admin API masks the intent's id in payment data).
  const intentId = confirmed!.split("/").at(-2)
  const intent = (await (
    await request.get(`${apiBase}/v1/payment_intents/${intentId}`, {
      headers: { authorization: `Bearer ${process.env.STRIPE_API_KEY}` },
    })
  ).json()) as { status: string; amount: number }
  expect(intent.status).toBe("succeeded")
  const [order] = await adminOrdersFor(request, email)
  const { order: paid } = (await (
    await adminApi(request)
  ).get(`/admin/orders/${order!.id}?fields=id,total,*payment_collections.payments`)) as {
    order: {
      total: number
      payment_collections: { payments: { provider_id: string; amount: number; captured_at: string | null }[] }[]
    }
  }
  expect(paid.payment_collections.flatMap((collection) => collection.payments)).toEqual([
    expect.objectContaining({ provider_id: "pp_stripe_stripe", amount: paid.total, captured_at: expect.any(String) }),
  ])
  expect(intent.amount).toBe(Math.round(paid.total * 100))

  // After the order: a fresh load of the confirmation and the home page ask Stripe for nothing.
  requests.length = 0
  await page.reload()
  await expect(page.getByTestId("order-confirmation")).toBeVisible()
  await page.goto("/nl")
  await expect(page.getByRole("navigation", { name: "Categorieën" })).toBeVisible()
  expect(requests).toEqual([])
})
