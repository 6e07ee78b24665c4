import { readFileSync } from "node:fs"
import { join } from "node:path"
import { expect, test, type Page } from "@playwright/test"
import {
  allServices,
  currentPolicyVersion,
  dataMapFromEnv,
  LEGAL_BASIS_LABELS,
  offeredCategories,
  PERMISSION_NAMES,
  ROLES,
  type RoleId,
} from "@helder/privacy"

// The shop under test runs with the environment `npm test` gives it (GA4 and the Meta pixel configured), as this
// process does.
const map = dataMapFromEnv(process.env)
const LOCALES = ["nl", "en"] as const
type PolicyMessages = {
  privacy: {
    yes: string
    no: string
    versionLine: string
    personalNote: string
    pseudonymousNote: string
    firstParty: string
    noServices: string
    erasure: Record<string, string>
  }
}
/** The words the pages use around the map's own texts, from the storefront's message files. */
const messages = Object.fromEntries(
  LOCALES.map((l) => [
    l,
    JSON.parse(readFileSync(join(__dirname, "..", "messages", `${l}.json`), "utf8")) as PolicyMessages,
  ]),
) as Record<(typeof LOCALES)[number], PolicyMessages>

/** Every body row of a table as the texts of its cells. */
const cells = (page: Page, selector: string) =>
  page
    .locator(`${selector} tbody tr`)
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll("td")].map((td) => (td.textContent ?? "").replace(/\s+/g, " ").trim()),
      ),
    )

test("[P-policy-version] [P-policy-from-data-map] [P-data-categories] [P-erasure-by-category] [P-recipients] [P-retention-terms] the privacy policy lists exactly the map's data categories, recipients and retention periods, cell by cell, with its version and history, in both languages", async ({
  page,
}) => {
  const version = currentPolicyVersion(map, new Date())
  for (const locale of LOCALES) {
    const words = messages[locale].privacy
    await page.goto(`/${locale}/privacy`)
    await expect(page.getByTestId("policy-version")).toHaveText(
      words.versionLine.replace("{version}", version.id).replace("{date}", version.effective),
    )
    expect(
      await page.locator("[data-category]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-category"))),
    ).toEqual(map.dataCategories.map((c) => c.id))
    expect(await cells(page, "[data-testid=data-categories]")).toEqual(
      map.dataCategories.map((c) => [
        c.personal
          ? c.name[locale]
          : `${c.name[locale]} (${c.pseudonymous ? words.pseudonymousNote : words.personalNote})`,
        c.fields[locale],
        c.purposes[locale],
        LEGAL_BASIS_LABELS[c.legalBasis][locale],
        c.keptBecause ? `${words.erasure[c.erasure]}: ${c.keptBecause[locale]}` : words.erasure[c.erasure]!,
      ]),
    )
    expect(
      await page
        .getByTestId("recipients")
        .locator("tbody tr")
        .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-recipient"))),
    ).toEqual(map.recipients.map((r) => r.id))
    const roles = await cells(page, "[data-testid=recipients]")
    expect(roles.map((row) => row.slice(0, 4))).toEqual(
      map.recipients.map((r) => [r.party, r.purpose[locale], r.location[locale], r.service[locale]]),
    )
    expect(await page.getByTestId("retention").locator("li").allTextContents()).toEqual(
      map.retention.map((r) => r.description[locale]),
    )
    // Every version, newest first, with its date and what changed.
    expect(await page.getByTestId("versions").locator("li").allTextContents()).toEqual(
      [...map.policyVersions].reverse().map((v) => `${v.effective} — ${v.changes[locale]}`),
    )
  }
})

test("[P-staff-roles] the privacy policy names every staff role in force with what it may do and whether it needs a second factor, cell by cell, in both languages", async ({
  page,
}) => {
  for (const locale of LOCALES) {
    const words = messages[locale].privacy
    await page.goto(`/${locale}/privacy`)
    const ids = Object.keys(ROLES) as RoleId[]
    expect(
      await page
        .getByTestId("staff-roles")
        .locator("tbody tr")
        .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-role"))),
    ).toEqual(ids)
    expect(await cells(page, "[data-testid=staff-roles]")).toEqual(
      ids.map((id) => [
        ROLES[id].name[locale],
        ROLES[id].permissions
          .filter((p) => p !== "shell")
          .map((p) => PERMISSION_NAMES[p][locale])
          .join(", "),
        ROLES[id].twoFactor ? words.yes : words.no,
      ]),
    )
  }
})

test("[P-policy-version] [P-policy-from-data-map] [P-cookie-table] [P-consent-categories] the cookie policy lists the map's categories with their services, and every cookie with party, type, location, service and lifetime, in both languages", async ({
  page,
}) => {
  const version = currentPolicyVersion(map, new Date())
  for (const locale of LOCALES) {
    const words = messages[locale].privacy
    await page.goto(`/${locale}/cookies`)
    await expect(page.getByTestId("policy-version")).toHaveText(
      words.versionLine.replace("{version}", version.id).replace("{date}", version.effective),
    )
    const party = (p: string) => (p === "first-party" ? words.firstParty : p)
    const categoryName = new Map(map.consentCategories.map((c) => [c.id, c.name[locale]]))
    expect(await cells(page, "[data-testid=cookies]")).toEqual(
      allServices(map).flatMap((s) =>
        s.cookies.map((cookie) => [
          cookie.name,
          party(s.party),
          categoryName.get(s.category)!,
          s.location[locale],
          `${s.name}: ${cookie.purpose[locale]}`,
          cookie.lifetime[locale],
        ]),
      ),
    )
    // Each category with its services (party and purpose); one without a service says it is not in use.
    for (const category of map.consentCategories) {
      const section = page.locator(`[data-consent-category="${category.id}"]`)
      await expect(section.locator("h2")).toHaveText(category.name[locale])
      if (category.services.length) {
        expect(await section.locator("li").allTextContents()).toEqual(
          category.services.map((s) => `${s.name} (${party(s.party)}): ${s.purpose[locale]}`),
        )
      } else {
        await expect(section).toContainText(words.noServices)
        expect(offeredCategories(map).map((c) => c.id)).not.toContain(category.id)
      }
    }
  }
})

test("[P-controller] [P-contact] [P-right-complaint] the privacy policy names the seller from the shop's settings, the contact form and address, and both supervisory authorities", async ({
  page,
}) => {
  const c = map.controller
  const authorities = {
    nl: ["Autoriteit Persoonsgegevens", "Gegevensbeschermingsautoriteit"],
    en: ["Autoriteit Persoonsgegevens", "Data Protection Authority"],
  }
  for (const locale of LOCALES) {
    await page.goto(`/${locale}/privacy`)
    const who = page.locator("[data-promise=P-controller]")
    for (const part of [c.name, c.address, c.email, c.phone, c.kvk, c.vat]) await expect(who).toContainText(part)
    const complaint = page.locator("[data-promise=P-right-complaint]")
    for (const authority of authorities[locale]) await expect(complaint).toContainText(authority)
    const contact = page.locator("[data-promise=P-contact]")
    await expect(contact).toContainText(c.email)
    await contact.getByRole("link").click()
    await expect(page).toHaveURL(new RegExp(`/${locale}/contact$`))
    await expect(page.getByRole("button", { name: locale === "nl" ? "Verstuur" : "Send" })).toBeVisible()
  }
})
