import AxeBuilder from "@axe-core/playwright"
import { createHash, randomUUID } from "node:crypto"
import { expect, test, type BrowserContext, type Page } from "@playwright/test"
import {
  bannerText,
  bannerTextHash,
  consentExpiry,
  currentPolicyVersion,
  dataMapFromEnv,
  findCookie,
  isDeclaredHost,
} from "@helder/privacy"
import { adminApi, logIn, registerAndVerify, uniqueEmail } from "./support"

const map = dataMapFromEnv(process.env)
const backendUrl = process.env.BACKEND_URL ?? "http://localhost:9000"

// Every test here is a first visit: an empty browser, no earlier choice.
test.use({ storageState: { cookies: [], origins: [] } })

// `npm test` configures GA4 and the Meta pixel for the shop under test; their scripts cannot be
// fetched here, so the browser gets a stand-in that sets the cookies the real script sets (gtag.js:
// _ga and _ga_<id>, two years; fbevents.js: _fbp, 90 days), and the test sees whether it was asked for.
const THIRD_PARTY = /^https:\/\/(www\.googletagmanager\.com|connect\.facebook\.net)\//
const STAND_IN_COOKIES: Record<string, string[]> = {
  "www.googletagmanager.com": [
    "_ga=GA1.1.1234567890.1764000000; max-age=63072000",
    `_ga_${(process.env.GA4_MEASUREMENT_ID ?? "G-X").slice(2)}=GS2.1.s1764000000$o1$g0$t1764000000; max-age=63072000`,
  ],
  "connect.facebook.net": ["_fbp=fb.1.1764000000000.1234567890; max-age=7776000"],
}
/**
 * What the real scripts do that matters here, as their documentation describes it. gtag.js: a hit to
 * google-analytics.com for each config, event and page change (also Consent Mode's cookieless pings
 * while analytics is denied), none while `window["ga-disable-<id>"]` is true. fbevents.js: a hit to
 * facebook.com/tr per event and per history change (unless `fbq.disablePushState`), none after
 * `fbq("consent", "revoke")`; with
 * automatic configuration on (the default) it adds the page's e-mail and phone fields (automatic
 * advanced matching; sent here unhashed, the test looks for both forms).
 */
const STAND_IN_BEHAVIOUR: Record<string, string> = {
  "www.googletagmanager.com": `(() => {
    const id = new URL(document.currentScript.src).searchParams.get("id")
    const hit = (kind) => { if (!window["ga-disable-" + id]) fetch("https://www.google-analytics.com/g/collect?tid=" + id + "&en=" + kind + "&dl=" + encodeURIComponent(location.href), { mode: "no-cors" }) }
    const handle = (entry) => { const [command, target] = Array.from(entry); if (command === "config" || command === "event" || (command === "set" && target && target.page_location)) hit(command) }
    const layer = (window.dataLayer = window.dataLayer || [])
    layer.forEach(handle)
    const push = layer.push.bind(layer)
    layer.push = (...entries) => { entries.forEach(handle); return push(...entries) }
  })()`,
  "connect.facebook.net": `(() => {
    const fbq = window.fbq
    let automatic = true
    let revoked = false
    // Automatic advanced matching remembers what is typed into contact fields and sends it with later events.
    const typed = new Map()
    document.addEventListener("input", (event) => {
      const input = event.target
      if (automatic && input instanceof HTMLInputElement && /email|tel/.test(input.type + " " + input.autocomplete + " " + input.name)) typed.set(input.name || input.type, input.value)
    }, true)
    const hit = (event) => { if (!revoked) fetch("https://www.facebook.com/tr?ev=" + event + "&dl=" + encodeURIComponent(location.href) + [...typed.values()].map((v) => "&ud=" + encodeURIComponent(v)).join(""), { mode: "no-cors" }) }
    fbq.callMethod = (command, a, b) => {
      if (command === "set" && a === "autoConfig") automatic = b !== false
      if (command === "consent") revoked = a === "revoke"
      if (command === "track") hit(a)
    }
    fbq.queue.splice(0).forEach((args) => fbq.callMethod(...args))
    const pushState = history.pushState.bind(history)
    history.pushState = (...args) => { pushState(...args); if (!fbq.disablePushState) setTimeout(() => hit("PageView"), 0) }
  })()`,
}
/** Hits that reached the tags' collection hosts: [host, url]. */
let collected: [string, string][] = []
let thirdParty: string[] = []
async function stubThirdParty(context: BrowserContext) {
  thirdParty = []
  collected = []
  await context.route(THIRD_PARTY, (route) => {
    const host = new URL(route.request().url()).host
    thirdParty.push(host)
    const cookies = (STAND_IN_COOKIES[host] ?? [])
      .map((cookie) => `document.cookie = ${JSON.stringify(`${cookie}; path=/; SameSite=Lax`)};`)
      .join("\n")
    return route.fulfill({
      status: 200,
      contentType: "text/javascript",
      body: `/* stand-in */\n${cookies}\n${STAND_IN_BEHAVIOUR[host] ?? ""}`,
    })
  })
  await context.route(/^https:\/\/(www\.google-analytics\.com|www\.facebook\.com)\//, (route) => {
    collected.push([new URL(route.request().url()).host, route.request().url()])
    return route.fulfill({ status: 204, body: "" })
  })
}
/** Hits that reached one tag's collection host. */
const hits = (host: string) => collected.filter(([h]) => h === host).length

/** A first visit that accepts everything and waits until both Google and Meta have sent a hit. */
async function acceptAllUntilBothTagsSpeak(page: Page) {
  await page.goto("/nl")
  await banner(page).getByRole("button", { name: "Alles accepteren" }).click()
  await expect.poll(() => hits("www.google-analytics.com")).toBeGreaterThan(0)
  await expect.poll(() => hits("www.facebook.com")).toBeGreaterThan(0)
}
const cookieNames = async (page: Page) => (await page.context().cookies()).map((c) => c.name).sort()
test.beforeEach(({ context }) => stubThirdParty(context))

/** Opens the settings from the footer (the click waits until the button is enabled, when the banner script has run). */
async function openSettings(page: Page) {
  await page.getByRole("button", { name: "Cookie-instellingen" }).click()
  await expect(settingsDialog(page)).toBeVisible()
}

/** Google's data layer as arrays: ["consent", "default", {...}], ["config", "G-…", {...}], … */
const dataLayer = (page: Page) =>
  page.evaluate(() =>
    ((window as Window & { dataLayer?: ArrayLike<unknown>[] }).dataLayer ?? []).map((entry) => Array.from(entry)),
  )

// The library's two dialogs: the first-layer banner and the settings.
const banner = (page: Page) => page.locator("#cc-main .cm[role=dialog]")
const settingsDialog = (page: Page) => page.locator("#cc-main .pm[role=dialog]")

/** The consent cookie as the banner wrote it. */
async function consentCookie(page: Page) {
  const cookie = (await page.context().cookies()).find((c) => c.name === "helder_consent")
  return cookie
    ? {
        ...cookie,
        parsed: JSON.parse(decodeURIComponent(cookie.value)) as {
          consentId: string
          categories: string[]
          revision: number
        },
      }
    : undefined
}

/** The proof records the backend holds for a consent id. */
async function storedChoices(page: Page, consentId: string) {
  const response = await page.request.get(`${backendUrl}/store/consents`, {
    headers: { "x-publishable-api-key": process.env.MEDUSA_PUBLISHABLE_KEY ?? "", "x-helder-consent": consentId },
  })
  if (response.status() === 404) return []
  return (
    (await response.json()) as {
      records: { categories: string[]; source: string; gpc: boolean; text_hash: string; policy_version: string }[]
    }
  ).records
}

/** Walks home → category → product → cart → checkout, recording every host and statistics call of the browser. */
async function shop(page: Page) {
  const hosts = new Set<string>()
  const statistics: string[] = []
  page.on("request", (request) => {
    const url = new URL(request.url())
    hosts.add(url.host)
    if (url.pathname.startsWith("/api/analytics")) statistics.push(request.postData() ?? "")
  })
  await page.goto("/nl")
  await page.getByRole("navigation", { name: "Categorieën" }).getByRole("link", { name: "Tafellampen" }).click()
  await page.getByTestId("product-card").first().click()
  await page.getByRole("button", { name: "In winkelwagen" }).click()
  await expect(page.getByText("Toegevoegd aan je winkelwagen.")).toBeVisible()
  await page.goto("/nl/cart")
  await page.getByRole("link", { name: "Afrekenen" }).click()
  await expect(page.getByLabel("E-mailadres")).toBeVisible()
  return { hosts, statistics }
}

async function onlyNecessaryCookies(page: Page) {
  const cookies = (await page.context().cookies()).map((cookie) => ({
    name: cookie.name,
    category: findCookie(map, cookie.name)?.category,
  }))
  expect(cookies).toEqual(cookies.map(({ name }) => ({ name, category: "necessary" })))
}

test('[P-cookies-necessary-only] [P-no-tracking-without-consent] [P-consent-validity] [P-reject-as-easy] before a choice and after "Alles weigeren": the banner asks, only necessary cookies, no undeclared host', async ({
  page,
  baseURL,
}) => {
  const shopHost = new URL(baseURL!).host
  await page.goto("/nl")
  await expect(banner(page)).toBeVisible()
  for (const name of ["Alles accepteren", "Alles weigeren", "Instellingen"])
    await expect(banner(page).getByRole("button", { name })).toBeVisible()
  // Rejecting is as easy as accepting: the same place in the first layer, the same look.
  const look = (name: string) =>
    banner(page)
      .getByRole("button", { name })
      .evaluate((button) => {
        const style = getComputedStyle(button)
        return {
          font: style.font,
          color: style.color,
          background: style.backgroundColor,
          border: style.border,
          height: Math.round(button.getBoundingClientRect().height),
        }
      })
  expect(await look("Alles weigeren")).toEqual(await look("Alles accepteren"))

  const before = await shop(page)
  // Not even a declared one: GA4 and the pixel are configured, and silent.
  expect([...before.hosts].filter((host) => host !== shopHost)).toEqual([])
  expect(before.statistics).toEqual([])
  await onlyNecessaryCookies(page)
  expect((await page.context().cookies()).map((c) => c.name)).not.toContain("helder_consent")

  await banner(page).getByRole("button", { name: "Alles weigeren" }).click()
  await expect(banner(page)).toBeHidden()
  const cookie = await consentCookie(page)
  expect(cookie?.parsed.categories).toEqual(["necessary"])
  // The choice holds for six months (the map's validity), then the browser drops it and the banner asks again.
  const now = Date.now()
  const days = (cookie!.expires * 1000 - now) / 86_400_000
  expect(Math.round(days)).toBe(Math.round((consentExpiry(map, new Date(now)).getTime() - now) / 86_400_000))
  await expect
    .poll(() => storedChoices(page, cookie!.parsed.consentId))
    .toEqual([
      expect.objectContaining({
        categories: ["necessary"],
        source: "banner",
        gpc: false,
        policy_version: currentPolicyVersion(map, new Date()).id,
      }),
    ])

  const after = await shop(page)
  expect([...after.hosts].filter((host) => host !== shopHost)).toEqual([])
  expect(after.statistics).toEqual([])
  expect(thirdParty).toEqual([])
  await onlyNecessaryCookies(page)
  await expect(banner(page)).toBeHidden()
})

test('[P-change-choice] the footer\'s "Cookie settings" open the settings on every kind of page, in both languages', async ({
  page,
}) => {
  await page.goto("/nl")
  await banner(page).getByRole("button", { name: "Alles weigeren" }).click()
  await page.goto("/nl/categories/tafellampen")
  const productPath = new URL((await page.getByTestId("product-card").first().getAttribute("href"))!, page.url())
    .pathname
  const pages = [
    "/nl",
    "/nl/categories/tafellampen",
    productPath,
    "/nl/search?q=lamp",
    "/nl/cart",
    "/nl/privacy",
    "/nl/cookies",
    "/nl/contact",
    "/nl/account/login",
    "/nl/bestaat-niet",
  ]
  for (const path of [...pages, ...pages.map((p) => p.replace(/^\/nl/, "/en"))]) {
    await page.goto(path)
    await page
      .getByRole("contentinfo")
      .getByRole("button", { name: path.startsWith("/en") ? "Cookie settings" : "Cookie-instellingen" })
      .click()
    await expect(settingsDialog(page), path).toBeVisible()
    await page.keyboard.press("Escape")
    await expect(settingsDialog(page), path).toBeHidden()
  }
})

test('[P-consent-record] [P-change-choice] "Alles accepteren" is stored with the hash of the exact text shown; the visitor sees it by the id shown in the settings', async ({
  page,
}) => {
  await page.goto("/nl/categories/tafellampen")
  await banner(page).getByRole("button", { name: "Alles accepteren" }).click()
  const cookie = await consentCookie(page)
  expect(cookie?.parsed.categories).toEqual(["necessary", "analytics", "marketing"])
  await expect.poll(async () => (await storedChoices(page, cookie!.parsed.consentId)).length).toBe(1)
  const [record] = await storedChoices(page, cookie!.parsed.consentId)
  expect(record!.text_hash).toBe(await bannerTextHash(bannerText(map, "nl", new Date())))

  // The footer link re-opens the settings on any page; the dialog shows the consent id.
  await page.goto("/nl/categories/hanglampen")
  await openSettings(page)
  const settings = settingsDialog(page)
  await expect(settings.getByTestId("consent-id")).toHaveText(cookie!.parsed.consentId)
  await settings.getByRole("link", { name: "Bekijk wat we van je keuzes hebben vastgelegd" }).click()
  await expect(page.getByTestId("consent-record-id")).toHaveText(cookie!.parsed.consentId)
  await expect(page.getByTestId("consent-categories")).toHaveText(["necessary, analytics, marketing"])
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download als JSON" }).click(),
  ])
  const json = JSON.parse(Buffer.concat(await (await download.createReadStream()).toArray()).toString())
  expect(json.records[0].text_hash).toBe(record!.text_hash)
})

test('[P-right-withdraw-consent] [P-cookies-withdraw-deletes] [P-statistics-not-personal] [P-cookie-table] after "Alles accepteren" events arrive under a daily key and are counted; withdrawing analytics, then marketing, deletes their cookies (the tags\' too) and stops them', async ({
  page,
  request,
}) => {
  const staff = await adminApi(request)
  const before = await staff.get("/admin/analytics?days=1")
  await page.goto("/nl")
  await banner(page).getByRole("button", { name: "Alles accepteren" }).click()
  const { parsed } = (await consentCookie(page))!
  const { hosts, statistics } = await shop(page)
  expect([...hosts].filter((host) => host !== new URL(page.url()).host && !isDeclaredHost(map, host))).toEqual([])
  // The checkout page counts "begin_checkout" once it has hydrated: wait for it rather than race it.
  await expect
    .poll(() => statistics.map((body) => JSON.parse(body).name))
    .toEqual(expect.arrayContaining(["page_view", "product_view", "add_to_cart", "begin_checkout"]))
  // The configured tags load after the choice, Google with Consent Mode v2: denied first, then the choice.
  expect(new Set(thirdParty)).toEqual(new Set(["www.googletagmanager.com", "connect.facebook.net"]))
  // Google gets analytics storage only: Helder runs no Google ads, so the ad signals stay denied.
  const denied = {
    analytics_storage: "denied",
    ad_storage: "denied",
    ad_user_data: "denied",
    ad_personalization: "denied",
  }
  const layer = await dataLayer(page)
  expect(layer).toEqual(
    expect.arrayContaining([
      ["consent", "default", denied],
      ["consent", "update", { ...denied, analytics_storage: "granted" }],
    ]),
  )
  // Google sees the page as a template, without query or referrer, also after navigating inside the app.
  const locations = layer.flatMap((entry) =>
    entry[0] === "config" ? [entry[2]] : entry[0] === "set" ? [entry[1]] : [],
  ) as { page_location: string; page_referrer: string }[]
  expect(locations.at(-1)).toEqual({
    page_location: new URL(page.url()).origin + new URL(page.url()).pathname,
    page_referrer: "",
  })
  await expect
    .poll(
      async () =>
        (await staff.get("/admin/analytics?days=1")).funnel.find((s: { step: string }) => s.step === "begin_checkout")
          .visits,
    )
    .toBeGreaterThan(before.funnel.find((s: { step: string }) => s.step === "begin_checkout").visits)
  // The daily visitor key of the statistics (a pseudonym): httpOnly, and gone at the next midnight in Amsterdam.
  const visitor = (await page.context().cookies()).find((c) => c.name === "helder_visitor")
  expect(visitor).toMatchObject({ httpOnly: true })
  const expiresAt = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Amsterdam",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(new Date(visitor!.expires * 1000))
  expect(["23:59", "00:00", "00:01"]).toContain(expiresAt)
  expect(visitor!.expires * 1000 - Date.now()).toBeLessThanOrEqual(24 * 3600 * 1000)
  // The tags' own cookies arrived with them, and every cookie the browser holds is one the cookie table declares.
  const ga4Cookie = `_ga_${process.env.GA4_MEASUREMENT_ID!.slice(2)}`
  await expect
    .poll(() => cookieNames(page))
    .toEqual(expect.arrayContaining(["_ga", ga4Cookie, "_fbp", "helder_visitor"]))
  expect((await cookieNames(page)).filter((name) => !findCookie(map, name))).toEqual([])

  await openSettings(page)
  const settings = settingsDialog(page)
  await settings.getByRole("checkbox", { name: /Analytisch/ }).uncheck({ force: true })
  await settings.getByRole("button", { name: "Keuze opslaan" }).click()
  // Switching analytics off deletes its cookies at once, Google's included; marketing's stay until it goes too.
  await expect.poll(() => cookieNames(page)).not.toEqual(expect.arrayContaining(["helder_visitor"]))
  expect((await cookieNames(page)).filter((name) => ["_ga", ga4Cookie, "helder_visitor"].includes(name))).toEqual([])
  expect(await cookieNames(page)).toContain("_fbp")
  await expect
    .poll(async () => (await storedChoices(page, parsed.consentId)).map((r) => [r.categories, r.source]))
    .toEqual([
      [["necessary", "marketing"], "settings"],
      [["necessary", "analytics", "marketing"], "banner"],
    ])
  expect((await dataLayer(page)).at(-1)).toEqual([
    "consent",
    "update",
    { analytics_storage: "denied", ad_storage: "denied", ad_user_data: "denied", ad_personalization: "denied" },
  ])
  expect((await shop(page)).statistics).toEqual([])

  await openSettings(page)
  await settings.getByRole("checkbox", { name: /Advertenties/ }).uncheck({ force: true })
  await settings.getByRole("button", { name: "Keuze opslaan" }).click()
  await expect.poll(() => cookieNames(page)).not.toEqual(expect.arrayContaining(["_fbp"]))
  expect((await cookieNames(page)).filter((name) => findCookie(map, name)?.category !== "necessary")).toEqual([])
})

test("[P-consent-record] a consent id copied into another browser cannot add to its record: that browser is asked afresh under a new id", async ({
  page,
  browser,
  baseURL,
}) => {
  await page.goto("/nl")
  await banner(page).getByRole("button", { name: "Alles accepteren" }).click()
  const original = (await consentCookie(page))!
  await expect.poll(async () => (await storedChoices(page, original.parsed.consentId)).length).toBe(1)
  // The proof that binds the id to this browser is httpOnly: no script, and no copy-paste from the settings, reaches
  // it.
  expect((await page.context().cookies()).find((c) => c.name === "helder_consent_proof")).toMatchObject({
    httpOnly: true,
  })

  const other = await browser.newContext({ baseURL })
  await stubThirdParty(other)
  await other.addCookies([{ name: "helder_consent", value: original.value, url: baseURL! }])
  const intruder = await other.newPage()
  await intruder.goto("/nl/categories/tafellampen")
  await openSettings(intruder)
  await settingsDialog(intruder).getByRole("button", { name: "Alles weigeren" }).click()
  // Refused: the page starts over without the copied id, and a new choice gets an id of its own.
  await expect(banner(intruder)).toBeVisible()
  await banner(intruder).getByRole("button", { name: "Alles weigeren" }).click()
  const fresh = (await other.cookies()).find((c) => c.name === "helder_consent")
  expect(JSON.parse(decodeURIComponent(fresh!.value)).consentId).not.toBe(original.parsed.consentId)
  expect((await storedChoices(page, original.parsed.consentId)).map((r) => r.categories)).toEqual([
    ["necessary", "analytics", "marketing"],
  ])
  await other.close()
})

test("[P-right-withdraw-consent] [P-no-tracking-without-consent] after a withdrawal mid-visit no request reaches Google or Meta, and the pixel never sees a checkout's e-mail or phone, hashed or not", async ({
  page,
}) => {
  await acceptAllUntilBothTagsSpeak(page)
  // Shopping with consent: both tags follow the visit, in the app's own navigation.
  await page.getByRole("navigation", { name: "Categorieën" }).getByRole("link", { name: "Tafellampen" }).click()
  await page.getByTestId("product-card").first().click()
  await page.getByRole("button", { name: "In winkelwagen" }).click()
  await expect(page.getByText("Toegevoegd aan je winkelwagen.")).toBeVisible()
  await page
    .getByRole("link", { name: /Winkelwagen/ })
    .first()
    .click()
  await page.getByRole("link", { name: "Afrekenen" }).click()
  const email = "pixel-proef@example.nl"
  const phone = "0612345678"
  await page.getByLabel("E-mailadres").fill(email)
  await page.getByLabel("Telefoon (optioneel)").fill(phone)
  await page.getByLabel("Voornaam").fill("Pia")
  await page.getByRole("navigation", { name: "Categorieën" }).getByRole("link", { name: "Hanglampen" }).click()
  await expect(page).toHaveURL(/hanglampen/)
  // Back in the catalog the pixel counts pages again; whatever it remembered of the checkout would go with them.
  const back = hits("www.facebook.com")
  await page.getByTestId("product-card").first().click()
  await expect.poll(() => hits("www.facebook.com")).toBeGreaterThan(back)
  const sha256 = (value: string) => createHash("sha256").update(value).digest("hex")
  const secrets = [email, phone, "+31612345678", "31612345678", sha256(email), sha256(phone), sha256("31612345678")]
  expect(collected.filter(([, url]) => secrets.some((secret) => decodeURIComponent(url).includes(secret)))).toEqual([])
  // On the checkout page itself the pixel said nothing at all.
  expect(
    collected.filter(([host, url]) => host === "www.facebook.com" && decodeURIComponent(url).includes("/checkout")),
  ).toEqual([])

  // Withdrawing everything mid-visit: from then on nothing reaches either host, whatever the visitor does.
  await openSettings(page)
  await settingsDialog(page).getByRole("button", { name: "Alles weigeren" }).click()
  await expect(settingsDialog(page)).toBeHidden()
  const after = collected.length
  await page.getByRole("navigation", { name: "Categorieën" }).getByRole("link", { name: "Wandlampen" }).click()
  await page.getByTestId("product-card").first().click()
  await page.getByRole("navigation", { name: "Categorieën" }).getByRole("link", { name: "Spots" }).click()
  await expect(page).toHaveURL(/spots/)
  await expect(page.getByRole("button", { name: "Cookie-instellingen" })).toBeEnabled()
  expect(collected.slice(after)).toEqual([])
})

test("[P-right-withdraw-consent] a withdrawal stops the tags at once, even when the shop cannot store the choice", async ({
  page,
}) => {
  await acceptAllUntilBothTagsSpeak(page)
  // From now on the shop refuses to store choices (a policy deployed meanwhile, a limit reached).
  await page.route("**/api/consent", (route) =>
    route.fulfill({
      status: 400,
      contentType: "application/json",
      body: JSON.stringify({ message: "policy_version: reload the page" }),
    }),
  )
  await openSettings(page)
  await settingsDialog(page).getByRole("button", { name: "Alles weigeren" }).click()
  await expect(settingsDialog(page)).toBeHidden()
  const after = collected.length
  await page.getByRole("navigation", { name: "Categorieën" }).getByRole("link", { name: "Wandlampen" }).click()
  await page.getByTestId("product-card").first().click()
  await expect(page.getByRole("button", { name: "In winkelwagen" })).toBeVisible()
  expect(collected.slice(after)).toEqual([])
})

test("[P-gpc] [P-no-tracking-without-consent] Global Privacy Control counts as a refusal of analytics and marketing, and the banner says so", async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "Sec-GPC": "1" } })
  await stubThirdParty(context)
  await context.addInitScript(() => Object.defineProperty(navigator, "globalPrivacyControl", { value: true }))
  const page = await context.newPage()
  await page.goto("/nl")
  await expect(banner(page)).toContainText("Global Privacy Control")
  await banner(page).getByRole("button", { name: "Alles accepteren" }).click()
  const { parsed } = (await consentCookie(page))!
  expect(parsed.categories).toEqual(["necessary"])
  await expect
    .poll(() => storedChoices(page, parsed.consentId))
    .toEqual([expect.objectContaining({ categories: ["necessary"], source: "gpc", gpc: true })])
  await openSettings(page)
  await expect(settingsDialog(page).getByRole("checkbox", { name: /Analytisch/ })).toHaveCount(0)
  await expect(settingsDialog(page).getByRole("checkbox", { name: /Advertenties/ })).toHaveCount(0)
  await page.goto("/nl/categories/tafellampen")
  // The footer button is enabled once the banner script has run: only then is "nothing loaded" meaningful.
  await expect(page.getByRole("button", { name: "Cookie-instellingen" })).toBeEnabled()
  expect(thirdParty).toEqual([])
  await context.close()
})

test("[P-gpc] a browser that turns GPC on after accepting everything loads no tags, and the grant is withdrawn as a GPC choice", async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "Sec-GPC": "1" } })
  await stubThirdParty(context)
  await context.addInitScript(() => Object.defineProperty(navigator, "globalPrivacyControl", { value: true }))
  const consentId = randomUUID()
  const revision = map.policyVersions.indexOf(currentPolicyVersion(map, new Date())) + 1
  const now = new Date().toISOString()
  const earlier = {
    categories: ["necessary", "analytics", "marketing"],
    revision,
    data: null,
    consentTimestamp: now,
    lastConsentTimestamp: now,
    consentId,
    services: {},
    languageCode: "nl",
    expirationTime: Date.now() + 86_400_000,
  }
  await context.addCookies([
    { name: "helder_consent", value: encodeURIComponent(JSON.stringify(earlier)), url: baseURL! },
  ])
  const page = await context.newPage()
  await page.goto("/nl/categories/tafellampen")
  await expect(page.getByRole("button", { name: "Cookie-instellingen" })).toBeEnabled()
  await expect.poll(async () => (await consentCookie(page))?.parsed.categories).toEqual(["necessary"])
  await expect
    .poll(() => storedChoices(page, consentId))
    .toEqual([expect.objectContaining({ categories: ["necessary"], source: "gpc", gpc: true })])
  expect(thirdParty).toEqual([])
  await context.close()
})

test("[P-policy-changes-ask-again] [P-consent-validity] a returning visitor who chose under an older policy version is asked again and told what changed", async ({
  page,
  baseURL,
}) => {
  const old = {
    categories: ["necessary", "analytics"],
    revision: 1,
    data: null,
    consentTimestamp: "2026-07-01T10:00:00.000Z",
    lastConsentTimestamp: "2026-07-01T10:00:00.000Z",
    consentId: "0b7c6a1e-7f5e-4b8e-9a51-2f3d8c1e4a90",
    services: {},
    languageCode: "nl",
    expirationTime: Date.now() + 86_400_000,
  }
  await page
    .context()
    .addCookies([{ name: "helder_consent", value: encodeURIComponent(JSON.stringify(old)), url: baseURL! }])
  await page.goto("/nl")
  await expect(banner(page)).toContainText("Ons privacy- en cookiebeleid is gewijzigd")
  await expect(banner(page)).toContainText(map.policyVersions.at(-1)!.changes.nl)
})

test("the banner and its settings pass axe (no serious or critical violations), work by keyboard and shift nothing", async ({
  page,
}) => {
  await page.addInitScript(() => {
    ;(window as Window & { layoutShift?: number }).layoutShift = 0
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) (window as Window & { layoutShift?: number }).layoutShift! += entry.value
      }
    }).observe({ type: "layout-shift", buffered: true })
  })
  await page.goto("/nl/categories/tafellampen")
  await expect(banner(page)).toBeVisible()
  // Each violation with the elements it concerns, so a failure says where to look.
  const serious = (results: {
    violations: { impact?: string | null; id: string; nodes: { target: unknown[]; failureSummary?: string }[] }[]
  }) =>
    results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(" ")} (${n.failureSummary ?? ""})`).join("; ")}`)
  expect(serious(await new AxeBuilder({ page }).include("#cc-main").analyze())).toEqual([])
  expect(await page.evaluate(() => (window as Window & { layoutShift?: number }).layoutShift)).toBe(0)

  await banner(page).getByRole("button", { name: "Instellingen" }).focus()
  await page.keyboard.press("Enter")
  const settings = settingsDialog(page)
  await expect(settings).toBeVisible()
  // axe judges colours as painted: wait for the dialog's fade-in to end.
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.querySelector("#cc-main .pm")!).opacity))
    .toBe("1")
  expect(serious(await new AxeBuilder({ page }).include("#cc-main").analyze())).toEqual([])
  await settings.getByRole("button", { name: "Alles weigeren" }).focus()
  await page.keyboard.press("Enter")
  await expect(settings).toBeHidden()
  expect((await consentCookie(page))?.parsed.categories).toEqual(["necessary"])
})

test("[P-consent-record] a logged-in customer sees the choices of this browser in the account, also the ones made before logging in", async ({
  page,
}) => {
  const email = uniqueEmail("toestemming")
  const password = "lamp-kap-messing-47"
  await page.goto("/nl")
  await banner(page).getByRole("button", { name: "Alles accepteren" }).click()
  const { parsed } = (await consentCookie(page))!
  await registerAndVerify(page, email, password)
  await logIn(page, email, password)
  await page.goto("/nl/account/consents")
  await expect(page.getByTestId("consent-categories")).toHaveText(["necessary, analytics, marketing"])
  await openSettings(page)
  await settingsDialog(page).getByRole("button", { name: "Alles weigeren" }).click()
  await expect.poll(async () => (await storedChoices(page, parsed.consentId)).length).toBe(2)
  await page.reload()
  await expect(page.getByTestId("consent-categories")).toHaveText(["necessary", "necessary, analytics, marketing"])
})
