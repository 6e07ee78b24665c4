import {
  buildDataMap,
  fiscalYearEnd,
  fiscalYearOf,
  isPastTerm,
  NO_INTEGRATIONS,
  retentionCutoff,
  termEnd,
} from "../index"

const map = buildDataMap(NO_INTEGRATIONS)
const rule = (id: string) => map.retention.find((r) => r.id === id)!
const DAY = 24 * 60 * 60 * 1000

describe("retention terms", () => {
  it("[P-retention-terms] says in each rule's description, in both languages, the term the engine applies (and the grace after a warning)", () => {
    const words = { years: ["jaar", "year"], months: ["maand", "month"], days: ["dag", "day"] } as const
    for (const retention of map.retention) {
      const terms = (Object.keys(words) as (keyof typeof words)[]).flatMap((unit) =>
        retention.keep[unit] ? [[retention.keep[unit], unit] as const] : [],
      )
      if (retention.graceDays) terms.push([retention.graceDays, "days"] as const)
      expect(terms.length).toBeGreaterThan(0)
      for (const [amount, unit] of terms) {
        expect({ rule: retention.id, nl: retention.description.nl }).toEqual({
          rule: retention.id,
          nl: expect.stringMatching(new RegExp(`\\b${amount} ${words[unit][0]}`)),
        })
        expect({ rule: retention.id, en: retention.description.en }).toEqual({
          rule: retention.id,
          en: expect.stringMatching(new RegExp(`\\b${amount} ${words[unit][1]}`)),
        })
      }
    }
  })

  it("ends the fiscal year at midnight Amsterdam time on 31 December", () => {
    expect(fiscalYearEnd(2026).toISOString()).toBe("2026-12-31T22:59:59.999Z")
    expect(fiscalYearOf(new Date("2026-12-31T23:30:00Z"))).toBe(2027)
    expect(fiscalYearOf(new Date("2026-12-31T22:30:00Z"))).toBe(2026)
  })

  it("keeps a Dutch invoice 7 years after its fiscal year: 6 years 364 days stays, past the term goes", () => {
    const issued = new Date("2026-03-01T10:00:00Z")
    const yearEnd = fiscalYearEnd(2026)
    expect(termEnd(rule("invoices-nl"), issued).toISOString()).toBe("2033-12-31T22:59:59.999Z")
    expect(isPastTerm(rule("invoices-nl"), issued, new Date(yearEnd.getTime() + (6 * 365 + 364) * DAY))).toBe(false)
    expect(isPastTerm(rule("invoices-nl"), issued, new Date("2033-12-31T22:59:59.999Z"))).toBe(false)
    expect(isPastTerm(rule("invoices-nl"), issued, new Date("2033-12-31T23:00:00.000Z"))).toBe(true)
  })

  it("keeps an invoice of a Belgian sale 10 years", () => {
    const issued = new Date("2026-12-31T22:30:00Z")
    expect(termEnd(rule("invoices-be"), issued).toISOString()).toBe("2036-12-31T22:59:59.999Z")
    // Issued at 23:30 UTC on 31 December is already 1 January in Amsterdam: next fiscal year.
    expect(termEnd(rule("invoices-be"), new Date("2026-12-31T23:30:00Z")).toISOString()).toBe(
      "2037-12-31T22:59:59.999Z",
    )
  })

  it("counts other terms from their start: carts 30 days after the last change, order data 2 years after delivery", () => {
    const changed = new Date("2026-11-01T12:00:00Z")
    expect(isPastTerm(rule("carts"), changed, new Date("2026-12-01T12:00:00Z"))).toBe(false)
    expect(isPastTerm(rule("carts"), changed, new Date("2026-12-01T12:00:00.001Z"))).toBe(true)
    expect(termEnd(rule("order-personal-data"), new Date("2026-02-28T09:00:00Z")).toISOString()).toBe(
      "2028-02-28T09:00:00.000Z",
    )
  })

  it("gives the cutoff before which a record's term has ended, consistent with termEnd", () => {
    const now = new Date("2026-11-23T10:00:00Z")
    for (const id of ["carts", "sessions", "analytics-events", "contact-messages", "data-requests", "audit-log"]) {
      const cutoff = retentionCutoff(rule(id), now)
      expect([id, isPastTerm(rule(id), new Date(cutoff.getTime() - 1), now)]).toEqual([id, true])
      expect([id, isPastTerm(rule(id), new Date(cutoff.getTime() + 1), now)]).toEqual([id, false])
    }
  })

  it("keeps the cutoff exact at month ends, where a month back is shorter", () => {
    for (const at of [
      "2026-03-31T10:00:00Z",
      "2026-03-29T00:30:00Z",
      "2028-02-29T12:00:00Z",
      "2026-12-31T23:59:59Z",
      "2026-05-31T00:00:00Z",
    ]) {
      const now = new Date(at)
      for (const id of [
        "carts",
        "sessions",
        "analytics-events",
        "contact-messages",
        "audit-log",
        "order-personal-data",
      ]) {
        const cutoff = retentionCutoff(rule(id), now)
        expect([at, id, isPastTerm(rule(id), new Date(cutoff.getTime() - 1), now)]).toEqual([at, id, true])
        expect([at, id, isPastTerm(rule(id), cutoff, now)]).toEqual([at, id, false])
      }
    }
    // 13 months before 31 March 2026 is February 2025: all of it has passed, 1 March 2025 has not.
    expect(retentionCutoff(rule("analytics-events"), new Date("2026-03-31T10:00:00Z")).toISOString()).toBe(
      "2025-03-01T00:00:00.000Z",
    )
    expect(termEnd(rule("analytics-events"), new Date("2025-01-31T10:00:00Z")).toISOString()).toBe(
      "2026-02-28T10:00:00.000Z",
    )
  })

  it("gives invoices a cutoff at the start of the oldest fiscal year still kept", () => {
    // On 23 November 2026 a Dutch 2018 invoice is gone (its term ended with 2025); 2019's stay until the end of 2026.
    expect(retentionCutoff(rule("invoices-nl"), new Date("2026-11-23T10:00:00Z")).toISOString()).toBe(
      "2018-12-31T23:00:00.000Z",
    )
    expect(retentionCutoff(rule("invoices-be"), new Date("2026-11-23T10:00:00Z")).toISOString()).toBe(
      "2015-12-31T23:00:00.000Z",
    )
    // The first moment of 2034 in Amsterdam ends the term of 2026's Dutch invoices.
    expect(retentionCutoff(rule("invoices-nl"), new Date("2033-12-31T22:59:59.999Z")).toISOString()).toBe(
      "2025-12-31T23:00:00.000Z",
    )
    expect(retentionCutoff(rule("invoices-nl"), new Date("2033-12-31T23:00:00.000Z")).toISOString()).toBe(
      "2026-12-31T23:00:00.000Z",
    )
    for (const at of ["2026-11-23T10:00:00Z", "2033-12-31T22:59:59.999Z", "2033-12-31T23:00:00.000Z"]) {
      const now = new Date(at)
      const cutoff = retentionCutoff(rule("invoices-nl"), now)
      expect(isPastTerm(rule("invoices-nl"), new Date(cutoff.getTime() - 1), now)).toBe(true)
      expect(isPastTerm(rule("invoices-nl"), cutoff, now)).toBe(false)
    }
  })
})
