import { expect, test, type Page } from "@playwright/test"
import { addFirstProductToCart } from "./support"

// A first visit, so the consent banner shows; the configured tags get an empty stand-in (see consent.spec.ts).
test.use({ storageState: { cookies: [], origins: [] } })
test.beforeEach(({ context }) =>
  context.route(/^https:\/\/(www\.googletagmanager\.com|connect\.facebook\.net)\//, (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript", body: "/* stand-in */" }),
  ),
)

/** Every Content-Security-Policy violation the page reports, recorded from before its first script runs. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const w = window as Window & { __violations?: string[] }
    w.__violations = []
    document.addEventListener("securitypolicyviolation", (event) =>
      w.__violations!.push(`${event.effectiveDirective} ${event.blockedURI}`),
    )
  })
  return () => page.evaluate(() => (window as Window & { __violations?: string[] }).__violations ?? [])
}

const nonceOf = (policy: string) => /'nonce-([^']+)'/.exec(policy)?.[1]

test("every page is served with a fresh script nonce that all of its own scripts carry", async ({ request }) => {
  const first = await request.get("/nl")
  const second = await request.get("/nl")
  const policy = first.headers()["content-security-policy"]!
  expect(policy).toContain("'strict-dynamic'")
  expect(policy).toContain("frame-ancestors 'none'")
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/)
  const nonce = nonceOf(policy)
  expect(nonce).toBeTruthy()
  expect(nonceOf(second.headers()["content-security-policy"]!)).not.toBe(nonce)
  // Each script element in the HTML carries that response's nonce.
  const scripts = [...(await first.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0])
  expect(scripts.length).toBeGreaterThan(0)
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`)
  expect(first.headers()["x-content-type-options"]).toBe("nosniff")
  expect(first.headers()["referrer-policy"]).toBe("same-origin")
  expect(first.headers()["permissions-policy"]).toContain("camera=()")
  // Served over plain HTTP here, so no HSTS (the unit test covers HTTPS).
  expect(first.headers()["strict-transport-security"]).toBeUndefined()
  const api = await request.post("/api/analytics", { data: {} })
  expect(api.headers()["content-security-policy"]).toContain("default-src 'none'")
})

test("the shop runs under its policy without a single violation, banner, consented tags and checkout included", async ({
  page,
}) => {
  const violations = await recordViolations(page)
  await page.goto("/nl")
  await page.locator("#cc-main .cm[role=dialog]").getByRole("button", { name: "Alles accepteren" }).click()
  await addFirstProductToCart(page, "/nl/categories/hanglampen")
  await page.goto("/nl/checkout")
  await expect(page.getByLabel("E-mailadres")).toBeVisible()
  expect(await violations()).toEqual([])
})

test("a script slipped into the page without the nonce does not run", async ({ page }) => {
  const violations = await recordViolations(page)
  // As if a product text had smuggled markup into the page: the HTML arrives with an extra inline
  // script and an external one, under the response's own headers.
  await page.route("**/nl/cookies", async (route) => {
    const response = await route.fetch()
    const html = (await response.text()).replace(
      "</body>",
      '<script>window.__injected = true</script><script src="/api/consent?x=evil"></script></body>',
    )
    await route.fulfill({ response, body: html })
  })
  await page.goto("/nl/cookies")
  await expect
    .poll(violations)
    .toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^script-src-elem inline/),
        expect.stringMatching(/^script-src-elem .*\/api\/consent/),
      ]),
    )
  expect(await page.evaluate(() => (window as Window & { __injected?: boolean }).__injected)).toBeUndefined()
})
