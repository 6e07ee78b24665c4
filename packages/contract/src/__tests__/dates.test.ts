import { formatDocumentDate, formatLongDate, formatMoment } from "../dates"

// 23:30 UTC on 30 November is 00:30 on 1 December in Amsterdam (UTC+1 in winter).
const JUST_AFTER_MIDNIGHT = "2026-11-30T23:30:00.000Z"
// 22:15 UTC on 30 June is 00:15 on 1 July in Amsterdam (UTC+2 in summer).
const SUMMER_MIDNIGHT = "2026-06-30T22:15:00.000Z"

describe("dates in Amsterdam time", () => {
  it("dates a document issued just after midnight Amsterdam on that day, as its PDF does", () => {
    expect(formatDocumentDate(JUST_AFTER_MIDNIGHT, "nl")).toBe("01-12-2026")
    expect(formatDocumentDate(JUST_AFTER_MIDNIGHT, "en")).toBe("01 Dec 2026")
    expect(formatDocumentDate(SUMMER_MIDNIGHT, "nl")).toBe("01-07-2026")
  })

  it("states moments and days in Amsterdam time, whatever zone the process runs in", () => {
    expect(formatMoment(JUST_AFTER_MIDNIGHT, "nl")).toBe("1 december 2026 om 00:30")
    expect(formatMoment(new Date(SUMMER_MIDNIGHT), "en")).toBe("1 July 2026 at 00:15")
    expect(formatLongDate(JUST_AFTER_MIDNIGHT, "nl")).toBe("1 december 2026")
    expect(formatLongDate(JUST_AFTER_MIDNIGHT, "en")).toBe("1 December 2026")
  })

  it("is not the process's own zone: the same moment in UTC is still the day before", () => {
    const utcDay = new Intl.DateTimeFormat("nl-NL", { day: "2-digit", timeZone: "UTC" }).format(
      new Date(JUST_AFTER_MIDNIGHT),
    )
    expect(utcDay).toBe("30")
  })
})
