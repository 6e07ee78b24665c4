import {
  bannerText,
  buildDataMap,
  changesSince,
  currentPolicyVersion,
  editionsToRecord,
  NO_INTEGRATIONS,
  policyContentHash,
  POLICY_VERSIONS,
  withEditions,
  type PolicyEdition,
} from "../index"

const DAY = new Date("2026-12-07T09:00:00Z")
const plain = buildDataMap(NO_INTEGRATIONS)
const withGa4 = buildDataMap({ ...NO_INTEGRATIONS, ga4MeasurementId: "G-HELDER1" })

describe("policy editions", () => {
  it("first publishes the written history with its own dates, the newest carrying the content it describes", async () => {
    const first = await editionsToRecord([], plain, DAY)
    expect(first.map((e) => [e.id, e.effective, e.wording])).toEqual(
      POLICY_VERSIONS.map((v) => [v.id, v.effective, v.id]),
    )
    expect(first.at(-1)!.contentHash).toBe(await policyContentHash(plain))
    expect(first.slice(0, -1).every((e) => e.contentHash === null)).toBe(true)
    expect(await editionsToRecord(first, plain, new Date("2027-01-01T00:00:00Z"))).toEqual([])
  })

  it("dates an edition by the shop's day in Amsterdam, not by UTC", async () => {
    const first = await editionsToRecord([], plain, DAY)
    // 23:30 UTC on 7 December is already 8 December in Amsterdam.
    const [late] = await editionsToRecord(first, withGa4, new Date("2026-12-07T23:30:00Z"))
    expect(late).toMatchObject({ id: `2026-12-08.${first.length + 1}`, effective: "2026-12-08" })
    const published = withEditions(plain, [...first, late!])
    expect(currentPolicyVersion(published, new Date("2026-12-07T22:59:00Z")).id).toBe(first.at(-1)!.id)
    expect(currentPolicyVersion(published, new Date("2026-12-07T23:00:00Z")).id).toBe(late!.id)
  })

  it("[P-policy-edition] publishes a configuration it has not shown before as a new edition from that day, naming the service added", async () => {
    const first = await editionsToRecord([], plain, DAY)
    const [added, ...more] = await editionsToRecord(first, withGa4, DAY)
    expect(more).toEqual([])
    expect(added).toMatchObject({
      id: `2026-12-07.${first.length + 1}`,
      effective: "2026-12-07",
      wording: POLICY_VERSIONS.at(-1)!.id,
      contentHash: await policyContentHash(withGa4),
    })
    const category = withGa4.consentCategories.find((c) => c.id === "analytics")!.name
    expect(added!.changes.nl).toContain(`Nieuw: Google Analytics 4 (${category.nl.toLowerCase()})`)
    expect(added!.changes.en).toContain(`New: Google Analytics 4 (${category.en.toLowerCase()})`)
    expect(added!.changes.nl).toContain("Nieuw: Websitestatistieken, alleen met je toestemming: Google Ireland Ltd.")

    // Switched off again: another edition that says so; the earlier content is not taken back silently.
    const [removed] = await editionsToRecord([...first, added!], plain, new Date("2026-12-09T09:00:00Z"))
    expect(removed).toMatchObject({ id: `2026-12-09.${first.length + 2}`, effective: "2026-12-09" })
    expect(removed!.changes.nl).toContain("Niet meer: Google Analytics 4 (")
  })

  it("[P-policy-edition] names a recipient or seller that changed, and says so when only the description changed", async () => {
    const first = await editionsToRecord([], plain, DAY)
    const moved = buildDataMap({ ...NO_INTEGRATIONS, hosting: { party: "Andere Hoster B.V.", location: "Nederland" } })
    const [edition] = await editionsToRecord(first, moved, DAY)
    expect(edition!.changes.nl).toBe(
      "Gewijzigd: Hosting van de webshop en de database: Andere Hoster B.V. (Nederland).",
    )
    const otherTerm = {
      ...plain,
      retention: plain.retention.map((r, i) => (i === 0 ? { ...r, keep: { months: 7 } } : r)),
    }
    const [other] = await editionsToRecord(first, otherTerm, DAY)
    expect(other!.changes.en).toBe("Other changes to what this policy describes (categories, purposes or terms).")
  })

  it("[P-policy-changes-ask-again] a visitor who chose under the earlier edition is shown the banner again with the service it did not name", async () => {
    const first = await editionsToRecord([], plain, DAY)
    const editions: PolicyEdition[] = [...first, ...(await editionsToRecord(first, withGa4, DAY))]
    const published = withEditions(withGa4, editions)
    const chosenUnder = first.at(-1)!.id
    expect(currentPolicyVersion(published, DAY).id).toBe(editions.at(-1)!.id)
    expect(changesSince(published, chosenUnder, DAY).map((v) => v.id)).toEqual([editions.at(-1)!.id])
    const text = bannerText(published, "nl", DAY, { seenVersion: chosenUnder })
    expect(text.version).not.toBe(chosenUnder)
    expect(text.changes).toContain("Google Analytics 4")
    // The analytics category now lists the new service, so the text (and its hash) differs from what the visitor saw.
    expect(text.categories.find((c) => c.id === "analytics")!.services.map((s) => s.name)).toContain(
      "Google Analytics 4",
    )
  })
})
