import { EXPORT_KIND_IDS } from "@helder/privacy"
import { EXPORT_SOURCES } from "../export-sources"

describe("the export's sources", () => {
  it("read every kind of record the export declares, and nothing else", () => {
    expect(Object.keys(EXPORT_SOURCES).sort()).toEqual([...EXPORT_KIND_IDS].sort())
    for (const kind of EXPORT_KIND_IDS) expect(typeof EXPORT_SOURCES[kind]).toBe("function")
  })
})
