import { expect, test, type BrowserContext } from "@playwright/test"
import { allServices, dataMapFromEnv } from "@helder/privacy"
import { addFirstProductToCart, logIn, placeGuestOrder, registerAndVerify, uniqueEmail } from "./support"

// A visitor without any cookie yet, so every cookie below is one this test made the shop set.
test.use({ storageState: { cookies: [], origins: [] } })

/** Seconds each cookie of the browser has left, by name. */
async function remaining(context: BrowserContext): Promise<Map<string, number>> {
  const now = Date.now() / 1000
  return new Map((await context.cookies()).map((cookie) => [cookie.name, cookie.expires - now]))
}

test("[P-cookie-table] every cookie the shop sets itself lives as long as the cookie table tells visitors", async ({
  page,
  context,
}) => {
  const declared = new Map(
    allServices(dataMapFromEnv(process.env))
      .filter((service) => service.id === "webshop")
      .flatMap((service) => service.cookies)
      .map((cookie) => [cookie.name, cookie.maxAgeSeconds]),
  )
  const seen = new Map<string, number>()
  const take = async () => {
    for (const [name, left] of await remaining(context)) if (declared.has(name) && !seen.has(name)) seen.set(name, left)
  }
  await page.goto("/nl")
  await page.locator("#cc-main .cm").getByRole("button", { name: "Alles weigeren" }).click()
  await expect.poll(async () => (await remaining(context)).has("helder_consent_proof")).toBe(true)
  await take()
  await addFirstProductToCart(page, "/nl/categories/led-lampen")
  await take()
  await placeGuestOrder(page, "cookie-lifetimes")
  await take()
  const email = uniqueEmail("cookie-lifetimes-account")
  await registerAndVerify(page, email, "lamp-kap-messing-47")
  await logIn(page, email, "lamp-kap-messing-47")
  await take()

  // Every cookie of the table was set on the way; each one's life is the table's (to the minute: the
  // seconds between setting and reading it).
  expect([...seen.keys()].sort()).toEqual([...declared.keys()].sort())
  for (const [name, left] of seen)
    expect({ name, minutes: Math.round(left / 60) }).toEqual({ name, minutes: Math.round(declared.get(name)! / 60) })
})
