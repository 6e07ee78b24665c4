import { expect, test } from "@playwright/test"
import { seededProducts } from "./seed-data"
import { addFirstProductToCart, adminApi } from "./support"

type AdminProduct = {
  id: string
  handle: string
  variants: { id: string; prices: { id: string; amount: number; currency_code: string }[] }[]
}

const euro = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" })
/** A price moved by `delta` euros, in whole cents. */
const moved = (amount: number, delta: number) => Math.round((amount + delta) * 100) / 100

test("a price changed in Medusa Admin is on the cached product page within seconds", async ({ page, request }) => {
  const staff = await adminApi(request)
  const { products } = (await staff.get("/admin/products?limit=20&fields=id,handle,variants.id,*variants.prices")) as {
    products: AdminProduct[]
  }
  // A product in a sale shows its sale price, not the base price this test moves: take one whose every
  // variant costs in the shop what its base price says (Medusa's price-list answer carries no prices).
  const shopPrices = new Map(
    (await seededProducts(request)).flatMap((seeded) =>
      seeded.variants.map((variant) => [variant.id, variant.price] as const),
    ),
  )
  const product = products.find((candidate) =>
    candidate.variants.every(
      (variant) => shopPrices.get(variant.id) === variant.prices.find((price) => price.currency_code === "eur")?.amount,
    ),
  )!
  // Every variant's price goes up by € 1,11, so whichever variant the page shows first moved.
  const prices = product.variants.map((variant) => ({
    variant,
    price: variant.prices.find((p) => p.currency_code === "eur")!,
  }))
  const setPrices = (delta: number) =>
    Promise.all(
      prices.map(({ variant, price }) =>
        staff.post(`/admin/products/${product.id}/variants/${variant.id}`, {
          prices: [{ id: price.id, amount: moved(price.amount, delta), currency_code: "eur" }],
        }),
      ),
    )

  // Which variant the page shows first is Medusa's order, which an update can change: compare sets.
  const formatted = (delta: number) => prices.map(({ price }) => euro.format(moved(price.amount, delta)))
  await page.goto(`/nl/products/${product.handle}`)
  const shown = page.getByTestId("variant-price")
  const before = (await shown.textContent())!
  expect(formatted(0)).toContain(before)
  // Served from the data cache now: a second visit shows the same.
  await page.reload()
  await expect(shown).toHaveText(before)

  await setPrices(1.11)
  try {
    // The backend's subscriber calls the storefront's signed revalidation; the cache's own expiry is five minutes.
    await expect
      .poll(
        async () => {
          await page.reload()
          return formatted(1.11).includes((await shown.textContent())!)
        },
        { timeout: 15_000, intervals: [500] },
      )
      .toBe(true)
  } finally {
    await setPrices(0)
  }
})

const nonceOf = (policy: string | undefined) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1]

test("a catalog page is rendered once and served to every visitor with a fresh nonce, while each header shows the visitor's own cart", async ({
  page,
  playwright,
  baseURL,
}) => {
  await addFirstProductToCart(page, "/nl/categories/wandlampen")
  // The header learns of the new item on the same page, without a reload.
  await expect(page.getByTestId("cart-link")).toHaveText(/\(1\)/)
  await page.goto("/nl/categories/wandlampen")
  await expect(page.getByTestId("cart-link")).toHaveText(/\(1\)/)

  const stranger = await playwright.request.newContext({ baseURL })
  try {
    const mine = await page.request.get("/nl/categories/wandlampen")
    const theirs = await stranger.get("/nl/categories/wandlampen")
    expect(theirs.headers()["x-helder-page-cache"]).toBe("hit")
    const [myNonce, theirNonce] = [
      nonceOf(mine.headers()["content-security-policy"]),
      nonceOf(theirs.headers()["content-security-policy"]),
    ]
    expect(myNonce).toBeTruthy()
    expect(theirNonce).not.toBe(myNonce)
    // The same page for a shopper with a cart and for a stranger: nothing of the shopper is in it.
    const html = await theirs.text()
    expect((await mine.text()).replaceAll(myNonce!, "NONCE")).toBe(html.replaceAll(theirNonce!, "NONCE"))
    expect(html).not.toContain(myNonce!)
    expect(await (await stranger.get("/api/visitor")).json()).toEqual({ cart_items: 0, logged_in: false })
    expect((await page.request.get("/api/visitor")).headers()["cache-control"]).toBe("private, no-store")
  } finally {
    await stranger.dispose()
  }
})

test("the revalidation endpoint refuses a call without a valid signature", async ({ request }) => {
  const body = { tags: ["products"] }
  expect((await request.post("/api/revalidate", { data: body })).status()).toBe(401)
  const forged = await request.post("/api/revalidate", {
    data: body,
    headers: { "x-helder-signature": `t=${Math.floor(Date.now() / 1000)},v1=${"0".repeat(64)}` },
  })
  expect(forged.status()).toBe(401)
  expect(await forged.json()).toEqual({ message: "The signature is missing, wrong or expired" })
})
