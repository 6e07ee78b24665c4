import { expect, test, type Browser, type Page } from "@playwright/test"
import {
  currentPolicyVersion,
  dataMapFromEnv,
  PAGE_SURFACES,
  PROMISES,
  promisesOn,
  type PromiseSurface,
} from "@helder/privacy"
import {
  addFirstProductToCart,
  adminApi,
  adminOrdersFor,
  fillRegistration,
  linkIn,
  logIn,
  mailTo,
  uniqueEmail,
} from "./support"

// The browser half of the promise ledger (the static half is packages/devkit/src/promise-ledger.mjs):
// every sentence the shop renders about itself carries a promise id of the ledger, and every promise
// of a surface is rendered there, in both languages.
const map = dataMapFromEnv(process.env)
test.use({ storageState: { cookies: [], origins: [] } })
const UI = {
  nl: { reject: "Alles weigeren", settings: "Cookie-instellingen" },
  en: { reject: "Reject all", settings: "Cookie settings" },
} as const

/** What a surface's scope says: the promise ids it carries, and any text that carries none. */
type Scan = { ids: string[]; bare: string[] }

/**
 * Reads every element matching `selector` as a promise scope: each text in it, except headings, table
 * headers, buttons and form labels, must lie inside an element with `data-promise` (the scope itself
 * counts).
 */
async function scan(page: Page, selector: string): Promise<Scan> {
  await expect(page.locator(selector).first()).toBeVisible()
  return page.locator(selector).evaluateAll((scopes) => {
    const ids = new Set<string>()
    const bare: string[] = []
    const exempt =
      "h1, h2, h3, h4, h5, h6, [role=heading], th, thead, button, label, legend, script, style, [aria-hidden=true]"
    for (const scope of scopes) {
      for (const element of [scope, ...scope.querySelectorAll("[data-promise]")]) {
        for (const id of (element.getAttribute("data-promise") ?? "").split(/\s+/)) if (id) ids.add(id)
      }
      const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim()
        const parent = node.parentElement
        if (!text || !parent || parent.closest(exempt)) continue
        const owner = parent.closest("[data-promise]")
        if (!owner || !scope.contains(owner)) bare.push(text.slice(0, 80))
      }
    }
    return { ids: [...ids].sort(), bare }
  })
}

/** Takes in one scan after another and checks each surface's ids against the ledger. */
function surfaceCheck() {
  const seen = new Map<PromiseSurface, Set<string>>()
  return {
    add(surface: PromiseSurface, result: Scan, where: string) {
      expect({ where, bare: result.bare }).toEqual({ where, bare: [] })
      const unknown = result.ids.filter((id) => !PROMISES.some((p) => p.id === id))
      expect({ where, unknown }).toEqual({ where, unknown: [] })
      const ids = seen.get(surface) ?? new Set<string>()
      for (const id of result.ids) ids.add(id)
      seen.set(surface, ids)
    },
    /** Every promise the ledger places on the surface was rendered there. */
    complete(surface: PromiseSurface) {
      expect({ surface, rendered: [...(seen.get(surface) ?? [])].sort() }).toEqual({
        surface,
        rendered: promisesOn(surface)
          .map((p) => p.id)
          .sort(),
      })
    },
  }
}

/**
 * A browser whose stored choice was made under the first policy version and that sends Global Privacy Control: the
 * banner says all it can.
 */
async function returningGpcVisitor(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "Sec-GPC": "1" } })
  await context.route(/^https:\/\/(www\.googletagmanager\.com|connect\.facebook\.net)\//, (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript", body: "" }),
  )
  await context.addInitScript(() => Object.defineProperty(navigator, "globalPrivacyControl", { value: true }))
  const old = {
    categories: ["necessary"],
    revision: 1,
    data: null,
    consentTimestamp: "2026-07-01T10:00:00.000Z",
    lastConsentTimestamp: "2026-07-01T10:00:00.000Z",
    consentId: "5d1f7c1e-3a4b-4c8e-9f21-7e6d5c4b3a21",
    services: {},
    languageCode: "nl",
    expirationTime: Date.now() + 86_400_000,
  }
  await context.addCookies([{ name: "helder_consent", value: encodeURIComponent(JSON.stringify(old)), url: baseURL }])
  return context
}

test("[ledger] every sentence of the policy pages, the banner, the footer, the consent record and the accessibility statement carries a promise id, and each surface says all its promises", async ({
  page,
  browser,
  baseURL,
}) => {
  expect(map.policyVersions.indexOf(currentPolicyVersion(map, new Date()))).toBeGreaterThan(0)
  const check = surfaceCheck()
  for (const locale of ["nl", "en"] as const) {
    await page.goto(`/${locale}/privacy`)
    check.add("privacy-policy", await scan(page, "[data-promise-scope=privacy-policy]"), `/${locale}/privacy`)
    check.add("footer", await scan(page, "[data-promise-scope=footer]"), `footer of /${locale}/privacy`)
    await page.goto(`/${locale}/cookies`)
    check.add("cookie-policy", await scan(page, "[data-promise-scope=cookie-policy]"), `/${locale}/cookies`)
    await page.goto(`/${locale}/cookies/consent`)
    check.add(
      "consent-record",
      await scan(page, "[data-promise-scope=consent-record]"),
      `/${locale}/cookies/consent without a choice`,
    )
    await page.goto(locale === "nl" ? "/nl/toegankelijkheid" : "/en/accessibility")
    check.add(
      "accessibility",
      await scan(page, "[data-promise-scope=accessibility]"),
      `the accessibility statement in ${locale}`,
    )

    // The banner of a first visit, its settings, and the consent record once a choice exists.
    const visit = await browser.newContext({ baseURL })
    const fresh = await visit.newPage()
    await fresh.goto(`/${locale}`)
    check.add("banner", await scan(fresh, "#cc-main .cm"), `banner on /${locale}`)
    await fresh.locator("#cc-main .cm").getByRole("button", { name: UI[locale].reject }).click()
    await fresh.getByRole("button", { name: UI[locale].settings }).click()
    check.add("banner", await scan(fresh, "#cc-main .pm"), `settings on /${locale}`)
    await fresh.goto(`/${locale}/cookies/consent`)
    await expect(fresh.getByTestId("consent-history")).toBeVisible()
    check.add(
      "consent-record",
      await scan(fresh, "[data-promise-scope=consent-record]"),
      `/${locale}/cookies/consent with a choice`,
    )
    await visit.close()

    // A returning visitor under an older version, with Global Privacy Control: what changed, and the GPC line.
    const returning = await returningGpcVisitor(browser, baseURL!)
    const again = await returning.newPage()
    await again.goto(`/${locale}`)
    check.add("banner", await scan(again, "#cc-main .cm"), `banner for a returning GPC visitor on /${locale}`)
    await returning.close()
  }
  // The account pages need a customer: the next test.
  for (const surface of PAGE_SURFACES) if (surface !== "account") check.complete(surface)
})

/** Passwords the account test moves through: the registration's, then one new one per language. */
const PASSWORDS = ["lamp-kap-messing-47", "eiken-voet-glazen-bol-72", "koperen-arm-linnen-kap-31"] as const

test("[ledger] every sentence of the account pages carries a promise id, and the account pages say all their promises", async ({
  page,
  browser,
  baseURL,
  request,
}) => {
  test.setTimeout(360_000)
  const check = surfaceCheck()
  const scope = "[data-promise-scope=account]"
  await page.goto("/nl")
  await page.locator("#cc-main .cm").getByRole("button", { name: UI.nl.reject }).click()
  const email = uniqueEmail("beloften")
  // The registration page, and its answer once sent (registerAndVerify in support.ts, with a scan between).
  for (const locale of ["en", "nl"] as const) {
    await page.goto(`/${locale}/account/register`)
    check.add("account", await scan(page, scope), `/${locale}/account/register`)
  }
  await fillRegistration(page, email, PASSWORDS[0])
  await page.getByRole("button", { name: "Account aanmaken" }).click()
  await expect(page.getByTestId("registered")).toBeVisible()
  check.add("account", await scan(page, scope), "/nl/account/register once sent")
  await page.goto(linkIn(await mailTo(email, "Bevestig je e-mailadres"), "/account/verify"))
  await page.getByRole("button", { name: "Bevestig mijn e-mailadres" }).click()
  await expect(page.getByText("Je e-mailadres is bevestigd.")).toBeVisible()
  await logIn(page, email, PASSWORDS[0])
  for (const [i, locale] of (["nl", "en"] as const).entries()) {
    for (const path of ["/account", "/account/profile", "/account/consents", "/account/delete"]) {
      await page.goto(`/${locale}${path}`)
      check.add("account", await scan(page, scope), `/${locale}${path}`)
    }

    // What the account page says once its forms are sent: a new address waits for its link, a new password ends the
    // other sessions.
    await page.goto(`/${locale}/account`)
    const emailForm = page.locator("form", { has: page.locator("input[name=new_email]") })
    await emailForm.locator("input[name=new_email]").fill(uniqueEmail(`nieuw-adres-${locale}`))
    await emailForm.locator("input[name=password]").fill(PASSWORDS[i]!)
    await emailForm.locator("button[type=submit]").click()
    await expect(page.getByTestId("email-change-sent")).toBeVisible()
    const passwordForm = page.locator("form", { has: page.locator("input[name=current_password]") })
    await passwordForm.locator("input[name=current_password]").fill(PASSWORDS[i]!)
    await passwordForm.locator("input[name=password]").fill(PASSWORDS[i + 1]!)
    await passwordForm.locator("button[type=submit]").click()
    await expect(page.locator("[data-promise~=P-sessions-end]")).toBeVisible()
    check.add(
      "account",
      await scan(page, scope),
      `/${locale}/account after changing the e-mail address and the password`,
    )

    // Logged out: the forgotten-password page, and its answer.
    const visitor = await browser.newContext({ baseURL })
    const forgot = await visitor.newPage()
    await forgot.goto(`/${locale}/account/forgot-password`)
    await forgot.locator("#cc-main .cm").getByRole("button", { name: UI[locale].reject }).click()
    check.add("account", await scan(forgot, scope), `/${locale}/account/forgot-password`)
    await forgot.locator(scope).locator("input[name=email]").fill(email)
    await forgot.locator(scope).locator("button[type=submit]").click()
    await expect(forgot.getByTestId("link-sent")).toBeVisible()
    check.add("account", await scan(forgot, scope), `/${locale}/account/forgot-password once sent`)
    await visitor.close()
  }

  // An order of two of a lamp, delivered by staff (as withdrawal.spec.ts does): its page, withdrawal and return.
  await addFirstProductToCart(page, "/nl/categories/tafellampen")
  await page.getByRole("button", { name: "In winkelwagen" }).click()
  await expect(page.getByTestId("cart-link")).toHaveText(/\(2\)/)
  await page.goto("/nl/checkout")
  await page.getByRole("radio", { name: /Thuisbezorgd/ }).check()
  await page.getByTestId("place-order").click()
  await expect(page.getByTestId("order-confirmation")).toBeVisible()
  const staff = await adminApi(request)
  const [listed] = await adminOrdersFor(request, email)
  const { order } = await staff.get(`/admin/orders/${listed!.id}?fields=id,*items,*payment_collections.payments`)
  const items = order.items.map((item: { id: string; quantity: number }) => ({ id: item.id, quantity: item.quantity }))
  await staff.post(`/admin/payments/${order.payment_collections[0].payments[0].id}/capture`)
  const { order: fulfilled } = await staff.post(`/admin/orders/${order.id}/fulfillments?fields=id,*fulfillments`, {
    items,
  })
  await staff.post(`/admin/orders/${order.id}/fulfillments/${fulfilled.fulfillments[0].id}/shipments`, { items })
  await staff.post(`/admin/orders/${order.id}/fulfillments/${fulfilled.fulfillments[0].id}/mark-as-delivered`)
  for (const locale of ["en", "nl"] as const) {
    for (const path of ["", "/withdraw"]) {
      await page.goto(`/${locale}/account/orders/${order.id}${path}`)
      check.add("account", await scan(page, scope), `/${locale}/account/orders/…${path}`)
    }
    // The model form the order page offers is there, as a PDF.
    const form = await page.request.get(`/${locale}/withdrawal-form`)
    expect({ status: form.status(), type: form.headers()["content-type"] }).toEqual({
      status: 200,
      type: "application/pdf",
    })
  }
  // The return page says nothing of the shop's until a return is registered: then where its instructions go.
  await page.goto(`/nl/account/orders/${order.id}/return`)
  await page.getByLabel("Aantal").first().selectOption("1")
  await page.getByRole("button", { name: "Retour aanmelden" }).click()
  await expect(page.getByTestId("return-requested")).toBeVisible()
  check.add("account", await scan(page, scope), "/nl/account/orders/…/return once sent")
  // The other lamp is withdrawn: the acknowledgement.
  await page.goto(`/nl/account/orders/${order.id}/withdraw`)
  await page.getByRole("button", { name: "Verder" }).click()
  await page.getByRole("button", { name: "Herroeping bevestigen" }).click()
  await expect(page.getByTestId("withdrawal-received")).toBeVisible()
  check.add("account", await scan(page, scope), "/nl/account/orders/…/withdraw once sent")
  // Both lamps are now on their way back: the order page says that, not that the period is over, and shows the
  // withdrawal.
  for (const locale of ["en", "nl"] as const) {
    for (const path of ["", "/withdraw"]) {
      await page.goto(`/${locale}/account/orders/${order.id}${path}`)
      await expect(page.getByTestId("withdrawal-closed").first()).toHaveAttribute("data-reason", "settled")
      check.add("account", await scan(page, scope), `/${locale}/account/orders/…${path} once everything is withdrawn`)
    }
    await expect(page.getByTestId("withdrawal-closed")).toHaveText(
      locale === "nl" ? /niets meer te herroepen/ : /nothing left to withdraw/,
    )
  }
  await page.goto(`/nl/account/orders/${order.id}`)
  await expect(page.getByTestId("withdrawals")).toHaveText("Je hebt deze bestelling herroepen (1×).")
  check.complete("account")
})

test("[P-proof] the proof page lists every promise of the ledger with the tests that prove it, in both languages", async ({
  page,
}) => {
  for (const [path, other] of [
    ["/nl/privacy/bewijs", "/en/privacy/bewijs"],
    ["/en/privacy/proof", "/nl/privacy/proof"],
  ] as const) {
    await page.goto(path)
    const rows = page.getByTestId("proof-page").locator("[data-proof]")
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-proof")))).toEqual(
      PROMISES.map((p) => p.id),
    )
    for (const row of await rows.all()) expect(await row.locator("li").count()).toBeGreaterThan(0)
    // Each proof names a test file and its title, which carries the promise's id.
    const first = rows.first()
    await expect(first.locator("li").first()).toContainText(`[${PROMISES[0]!.id}]`)
    await expect(page.getByTestId("proof-last-pass")).toBeVisible()
    expect((await page.request.get(other)).status()).toBe(404)
  }
  // The policy links its proof.
  await page.goto("/nl/privacy")
  await page.locator("[data-promise=P-proof] a").click()
  await expect(page).toHaveURL(/\/nl\/privacy\/bewijs$/)
})
