import AxeBuilder from "@axe-core/playwright"
import { expect, test, type Locator, type Page } from "@playwright/test"
import { addFirstProductToCart, fillCheckout, logIn, registerAndVerify, uniqueEmail } from "./support"

// The European Accessibility Act (Directive (EU) 2019/882) applies to web shops since 28 June 2025; its
// harmonised standard EN 301 549 points to WCAG. axe-core checks every rule it has for WCAG 2.0, 2.1 and
// 2.2 at levels A and AA on each page template, in the states a shopper meets them.
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

/** Every axe violation on the page as "rule: element (why)", so a failure says what to fix. */
async function violations(page: Page): Promise<string[]> {
  // axe judges colours as painted: let transitions end first.
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))),
  )
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze()
  return results.violations.flatMap((v) =>
    v.nodes.map(
      (n) => `${v.id}: ${n.target.join(" ")} (${(n.failureSummary ?? "").split("\n").slice(1, 2).join("").trim()})`,
    ),
  )
}

/** A first visit that has made its cookie choice, so the banner is judged once and not on every page. */
async function visitor(page: Page) {
  await page.goto("/nl")
  // The banner fades in after hydration, so its transition may not have begun when axe is asked: wait
  // until it is fully painted (as consent.spec.ts does), or its text is judged half-transparent.
  await expect(page.locator("#cc-main .cm")).toBeVisible()
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.querySelector("#cc-main .cm")!).opacity))
    .toBe("1")
  expect({ page: "/nl with the banner", violations: await violations(page) }).toEqual({
    page: "/nl with the banner",
    violations: [],
  })
  await page.getByRole("button", { name: "Alles weigeren" }).first().click()
}

test.use({ storageState: { cookies: [], origins: [] } })

test("[P-accessibility-wcag] no WCAG 2.2 A/AA violation on any page template a shopper browses, in both languages", async ({
  page,
}) => {
  test.setTimeout(240_000)
  await visitor(page)
  const pages = [
    "/nl",
    "/en",
    "/nl/categories/led-lampen",
    "/nl/categories/spots?fitting=GU10",
    "/en/categories/hanglampen",
    "/nl/search?q=messing",
    "/nl/search?q=zzzz",
    "/nl/products/hanglamp-nova-40",
    "/en/products/led-lamp-e27-filament-a60-helder",
    "/nl/cart",
    "/nl/checkout",
    "/nl/privacy",
    "/en/privacy",
    "/nl/cookies",
    "/nl/privacy/request",
    "/nl/privacy/bewijs",
    "/nl/contact",
    "/nl/withdraw",
    "/nl/toegankelijkheid",
    "/en/accessibility",
    "/nl/account/login",
    "/nl/account/register",
    "/nl/account/forgot-password",
    "/nl/bestaat-niet",
  ]
  const found: Record<string, string[]> = {}
  for (const path of pages) {
    await page.goto(path)
    const list = await violations(page)
    if (list.length) found[path] = list
  }
  // A light source's energy label open over its page (Regulation (EU) 2019/2015, Annex VIII).
  await page.goto("/en/products/led-lamp-e27-filament-a60-helder")
  await page.getByTestId("energy-badge").locator("visible=true").click()
  await expect(page.locator(".energy-label:popover-open img")).toBeVisible()
  const open = await violations(page)
  if (open.length) found["/en/products/led-lamp-e27-filament-a60-helder with its energy label open"] = open
  expect(found).toEqual({})
})

test("[P-accessibility-wcag] no WCAG 2.2 A/AA violation in the cart, at checkout with its errors shown, and on the confirmation", async ({
  page,
}) => {
  test.setTimeout(180_000)
  await visitor(page)
  await addFirstProductToCart(page, "/nl/categories/spots")
  const found: Record<string, string[]> = {}
  const check = async (state: string) => {
    const list = await violations(page)
    if (list.length) found[state] = list
  }
  await page.goto("/nl/cart")
  await check("cart with an item")
  await page.goto("/nl/checkout")
  await check("checkout")
  await page.getByTestId("place-order").click()
  await expect(page.getByTestId("checkout-error")).toBeVisible()
  await check("checkout with errors")
  await fillCheckout(page, { email: uniqueEmail("toegankelijk"), postcode: "7311ab" })
  await page.getByTestId("place-order").click()
  await expect(page.getByTestId("order-confirmation")).toBeVisible()
  await check("order confirmation")
  expect(found).toEqual({})
})

test("[P-accessibility-wcag] no WCAG 2.2 A/AA violation on the account pages, an order's page and its withdrawal and return forms", async ({
  page,
}) => {
  test.setTimeout(240_000)
  await visitor(page)
  const email = uniqueEmail("toegankelijk-account")
  await registerAndVerify(page, email, "lamp-kap-messing-47")
  await logIn(page, email, "lamp-kap-messing-47")
  await addFirstProductToCart(page, "/nl/categories/spots")
  await page.goto("/nl/checkout")
  await page.getByRole("radio", { name: /Thuisbezorgd/ }).check()
  await page.getByTestId("place-order").click()
  await expect(page.getByTestId("order-confirmation")).toBeVisible()
  await page.goto("/nl/account/orders")
  const order = await page.locator('a[href*="/account/orders/order_"]').first().getAttribute("href")
  const found: Record<string, string[]> = {}
  for (const path of [
    "/nl/account",
    "/nl/account/orders",
    "/nl/account/profile",
    "/nl/account/consents",
    "/nl/account/delete",
    "/en/account",
    order!,
    `${order}/withdraw`,
    `${order}/return`,
  ]) {
    await page.goto(path)
    const list = await violations(page)
    if (list.length) found[path] = list
  }
  // The withdrawal's confirmation step, where the statement is shown before the button.
  await page.goto(`${order}/withdraw`)
  await page.getByRole("button", { name: "Verder" }).click()
  await expect(page.getByTestId("withdrawal-confirm")).toBeVisible()
  const confirm = await violations(page)
  if (confirm.length) found["withdrawal confirmation step"] = confirm
  expect(found).toEqual({})
})

/**
 * Presses Tab until `target` has the focus; fails when it is not reached within `limit` presses (not reachable by
 * keyboard).
 */
async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return
    await page.keyboard.press("Tab")
  }
  throw new Error(`not reachable with Tab: ${target}`)
}

test("[P-accessibility-keyboard] the whole purchase works by keyboard alone: category, product, cart, checkout, order", async ({
  page,
}) => {
  test.setTimeout(180_000)
  await page.goto("/nl")
  // The cookie banner first: it takes the focus, and the keyboard answers it.
  await tabTo(page, page.getByRole("button", { name: "Alles weigeren" }).first())
  await page.keyboard.press("Enter")
  await tabTo(page, page.getByRole("link", { name: "Spots", exact: true }).first())
  await page.keyboard.press("Enter")
  await expect(page).toHaveURL(/\/nl\/categories\/spots/)
  await tabTo(page, page.getByTestId("product-card").first())
  await page.keyboard.press("Enter")
  await expect(page).toHaveURL(/\/nl\/products\//)
  await tabTo(page, page.getByRole("button", { name: "In winkelwagen" }))
  await page.keyboard.press("Enter")
  await expect(page.getByText("Toegevoegd aan je winkelwagen.")).toBeVisible()
  await tabTo(page, page.getByTestId("cart-link"))
  await page.keyboard.press("Enter")
  await expect(page).toHaveURL(/\/nl\/cart/)
  await tabTo(page, page.getByRole("link", { name: "Afrekenen" }))
  await page.keyboard.press("Enter")
  await expect(page).toHaveURL(/\/nl\/checkout/)
  const typeInto = async (label: string, text: string) => {
    await tabTo(page, page.getByLabel(label, { exact: true }))
    await page.keyboard.type(text)
  }
  await typeInto("E-mailadres", uniqueEmail("toetsenbord"))
  await typeInto("Voornaam", "Anna")
  await typeInto("Achternaam", "de Vries")
  await typeInto("Straat en huisnummer", "Hoofdstraat 12")
  await typeInto("Postcode", "7311 AB")
  await typeInto("Plaats", "Apeldoorn")
  // Radio groups move with the arrow keys; the total above the button follows.
  await tabTo(page, page.getByRole("radio", { name: /Thuisbezorgd|Ophalen/ }).first())
  const before = await page.locator('[data-testid="checkout-total"]:visible').innerText()
  await page.keyboard.press("ArrowDown")
  await expect(page.locator('[data-testid="checkout-total"]:visible')).not.toHaveText(before)
  await tabTo(page, page.getByRole("button", { name: "Bestelling met betalingsverplichting" }))
  await page.keyboard.press("Enter")
  await expect(page.getByTestId("order-confirmation")).toBeVisible()
})
