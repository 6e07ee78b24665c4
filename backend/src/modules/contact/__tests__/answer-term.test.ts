import { workingDaysAfter } from "../answer-term"

describe("the contact form's answer term", () => {
  it("counts two working days, Monday to Friday in Amsterdam, skipping the weekend", () => {
    // Monday 10:00 → Wednesday; Thursday → Monday; Friday afternoon → Tuesday; Saturday → Tuesday.
    expect(workingDaysAfter(new Date("2026-12-07T09:00:00Z"), 2).toISOString()).toBe("2026-12-09T09:00:00.000Z")
    expect(workingDaysAfter(new Date("2026-12-10T09:00:00Z"), 2).toISOString()).toBe("2026-12-14T09:00:00.000Z")
    expect(workingDaysAfter(new Date("2026-12-11T14:00:00Z"), 2).toISOString()).toBe("2026-12-15T14:00:00.000Z")
    expect(workingDaysAfter(new Date("2026-12-12T09:00:00Z"), 2).toISOString()).toBe("2026-12-15T09:00:00.000Z")
    // Friday 23:30 in Amsterdam is 22:30 UTC: still Friday there, so due on Tuesday night.
    expect(workingDaysAfter(new Date("2026-12-11T22:30:00Z"), 2).toISOString()).toBe("2026-12-15T22:30:00.000Z")
  })
})
