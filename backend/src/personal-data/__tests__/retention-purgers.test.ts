import { buildDataMap, NO_INTEGRATIONS } from "@helder/privacy"
import { PURGERS } from "../retention-purgers"

const map = buildDataMap(NO_INTEGRATIONS)

describe("retention purgers", () => {
  it("apply every retention rule of the data map (inactive accounts have their own two steps; records outside the database keep their term there), and only those", () => {
    const applied = new Set(PURGERS.map((p) => p.rule))
    const unapplied = map.retention
      .filter((rule) => !applied.has(rule.id) && rule.then !== "warn_then_erase" && !rule.outside)
      .map((rule) => rule.id)
    expect(unapplied).toEqual([])
    expect(PURGERS.filter((p) => !map.retention.some((rule) => rule.id === p.rule)).map((p) => p.rule)).toEqual([])
    expect(PURGERS.length).toBe(applied.size)
    expect(PURGERS.filter((p) => map.retention.find((rule) => rule.id === p.rule)?.outside).map((p) => p.rule)).toEqual(
      [],
    )
  })

  it("act on the category the data map gives their rule", () => {
    for (const purger of PURGERS) {
      const categories = map.dataCategories.filter((c) => c.retention.includes(purger.rule)).map((c) => c.id)
      expect([purger.rule, categories]).toEqual([purger.rule, expect.arrayContaining([purger.category])])
    }
  })
})
