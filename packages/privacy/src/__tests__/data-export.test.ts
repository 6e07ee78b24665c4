import {
  buildDataMap,
  EXPORT_KIND_IDS,
  EXPORT_KINDS,
  exportCategories,
  exportDocumentSchema,
  NO_INTEGRATIONS,
  uncoveredCategories,
} from "../index"

describe("the data export", () => {
  const map = buildDataMap(NO_INTEGRATIONS)

  it("covers every personal data category of the map with at least one kind of record", () => {
    expect(uncoveredCategories(map)).toEqual([])
    const withoutProfile = {
      ...map,
      dataCategories: [...map.dataCategories, { ...map.dataCategories[0]!, id: "biometrics" }],
    }
    expect(uncoveredCategories(withoutProfile)).toEqual(["biometrics"])
  })

  it("names only categories the map knows", () => {
    const known = new Set(map.dataCategories.map((c) => c.id))
    expect(
      EXPORT_KIND_IDS.flatMap((kind) => (EXPORT_KINDS[kind].covers as readonly string[]).filter((c) => !known.has(c))),
    ).toEqual([])
    // Each category names the files that hold it, or (kept outside the database, linked to no one) where it is.
    expect(
      exportCategories(map)
        .filter((c) => c.records.length === 0 && !c.kept_elsewhere)
        .map((c) => c.id),
    ).toEqual([])
  })

  it("validates a document and refuses unknown columns", () => {
    const records = Object.fromEntries(EXPORT_KIND_IDS.map((kind) => [kind, []]))
    const document = {
      schema_version: 1,
      generated_at: "2026-11-23T10:00:00.000Z",
      controller: map.controller,
      subject: { kind: "guest", email: "a@example.com" },
      records,
      categories: exportCategories(map),
      recipients: [],
    }
    expect(exportDocumentSchema.safeParse(document).success).toBe(true)
    const extra = {
      ...document,
      records: {
        ...records,
        sessions: [{ started_at: null, last_seen_at: null, expires_at: null, ended_at: null, secret: "x" }],
      },
    }
    expect(exportDocumentSchema.safeParse(extra).success).toBe(false)
  })
})
