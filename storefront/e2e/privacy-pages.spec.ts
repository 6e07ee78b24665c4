import { expect, test } from "@playwright/test"
import { allServices, currentPolicyVersion, dataMapFromEnv } from "@helder/privacy"

// The shop under test runs with the environment `npm test` gives it (GA4 and the Meta pixel configured), as this process does.
const map = dataMapFromEnv(process.env)

test("the privacy policy lists exactly the map's data categories, recipients and retention periods, with its version", async ({ page }) => {
  await page.goto("/nl/privacy")
  const version = currentPolicyVersion(map, new Date())
  await expect(page.getByTestId("policy-version")).toHaveText(`Versie ${version.id}, geldig vanaf ${version.effective}.`)
  await expect(page.locator("[data-category]")).toHaveCount(map.dataCategories.length)
  expect(await page.locator("[data-category]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-category")))).toEqual(map.dataCategories.map((c) => c.id))

  const recipients = page.getByTestId("recipients").locator("tbody tr")
  expect(await recipients.evaluateAll((rows) => rows.map((r) => [r.getAttribute("data-recipient"), r.querySelector("td")?.textContent]))).toEqual(
    map.recipients.map((r) => [r.id, r.party])
  )
  expect(await page.getByTestId("retention").locator("li").allTextContents()).toEqual(map.retention.map((r) => r.description.nl))
  expect(await page.getByTestId("versions").locator("li").count()).toBe(map.policyVersions.length)
})

test("the cookie policy lists exactly the map's cookies with party and lifetime, in English too", async ({ page }) => {
  await page.goto("/en/cookies")
  const declared = allServices(map).flatMap((service) => service.cookies.map((cookie) => [cookie.name, cookie.lifetime.en]))
  const rows = page.getByTestId("cookies").locator("tbody tr")
  expect(await rows.evaluateAll((trs) => trs.map((tr) => [tr.getAttribute("data-cookie"), tr.querySelector("td:last-child")?.textContent]))).toEqual(declared)
  await expect(page.locator("[data-consent-category]")).toHaveCount(map.consentCategories.length)
  await expect(page.locator('[data-consent-category="social"]')).toContainText("Not in use.")
})
