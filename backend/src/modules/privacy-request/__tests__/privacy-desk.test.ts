import { buildDataMap, NO_INTEGRATIONS } from "@helder/privacy"
import { deskMail, deskUpdate, isOverdue, OBJECTION_EFFECTS } from "../privacy-desk"

const map = buildDataMap(NO_INTEGRATIONS)
const AT = new Date("2026-11-23T10:00:00Z")
const request = {
  kind: "export",
  status: "received",
  received_at: "2026-11-01T10:00:00Z",
  due_at: "2026-12-01T10:00:00Z",
  identity_status: "pending",
  extension_reason: null,
  details: null,
}

describe("the privacy desk's rules", () => {
  it("extends the answer term by at most two months in all, with the reasons kept", () => {
    const once = deskUpdate(request, { action: "extend", months: 1, reason: "many orders to collect" }, map, AT)
    expect(once).toEqual({ due_at: new Date("2027-01-01T10:00:00Z"), extension_reason: "many orders to collect" })
    const twice = deskUpdate(
      { ...request, due_at: "2027-01-01T10:00:00Z", extension_reason: "many orders" },
      { action: "extend", months: 1, reason: "and letters" },
      map,
      AT,
    )
    expect(twice).toEqual({ due_at: new Date("2027-02-01T10:00:00Z"), extension_reason: "many orders\nand letters" })
    expect(() =>
      deskUpdate(
        { ...request, due_at: "2027-02-01T10:00:00Z" },
        { action: "extend", months: 1, reason: "again" },
        map,
        AT,
      ),
    ).toThrow("2027-02-01 at most")
    // Told after the first month is told too late (art. 12(3) GDPR).
    const late = new Date(new Date(request.received_at).getTime() + 32 * 24 * 3600 * 1000)
    expect(() => deskUpdate(request, { action: "extend", months: 1, reason: "late" }, map, late)).toThrow(
      /first month has passed/,
    )
  })

  it("keeps closed requests closed and completes only verified corrections", () => {
    expect(() =>
      deskUpdate({ ...request, status: "completed" }, { action: "reject", reason: "nope nope" }, map, AT),
    ).toThrow("already completed")
    expect(() => deskUpdate(request, { action: "complete" }, map, AT)).toThrow("completed by running them")
    expect(() => deskUpdate({ ...request, kind: "correction" }, { action: "complete" }, map, AT)).toThrow("Verify")
    expect(
      deskUpdate(
        { ...request, kind: "correction", identity_status: "verified" },
        { action: "complete", note: "name fixed" },
        map,
        AT,
      ),
    ).toMatchObject({ status: "completed", details: "Done: name fixed" })
    expect(() =>
      deskUpdate(
        { ...request, identity_status: "verified" },
        { action: "verify_identity", method: "passport" },
        map,
        AT,
      ),
    ).toThrow("already verified")
    // A guest who could not use the mailed link, verified by staff, moves on.
    expect(
      deskUpdate(
        { ...request, status: "awaiting_verification" },
        { action: "verify_identity", method: "called back" },
        map,
        AT,
      ),
    ).toEqual({
      identity_status: "verified",
      identity_method: "staff: called back",
      status: "received",
      token_hash: null,
      token_expires_at: null,
    })
  })

  it("completes a verified restriction or objection, and lifts only a restriction in force, with a reason mailed", () => {
    const verified = { ...request, identity_status: "verified" }
    expect(deskUpdate({ ...verified, kind: "restriction" }, { action: "complete" }, map, AT)).toMatchObject({
      status: "completed",
      completed_at: AT,
    })
    expect(deskUpdate({ ...verified, kind: "objection" }, { action: "complete" }, map, AT)).toMatchObject({
      status: "completed",
    })
    expect(() => deskUpdate({ ...request, kind: "restriction" }, { action: "complete" }, map, AT)).toThrow("Verify")
    const inForce = { ...verified, kind: "restriction", status: "completed", lifted_at: null }
    expect(deskUpdate(inForce, { action: "lift", reason: "accuracy checked" }, map, AT)).toEqual({
      lifted_at: AT,
      lift_reason: "accuracy checked",
    })
    expect(() => deskUpdate({ ...inForce, lifted_at: AT }, { action: "lift", reason: "again" }, map, AT)).toThrow(
      "already lifted",
    )
    expect(() => deskUpdate({ ...inForce, status: "received" }, { action: "lift", reason: "early" }, map, AT)).toThrow(
      "complete it first",
    )
    expect(() => deskUpdate({ ...inForce, kind: "objection" }, { action: "lift", reason: "no" }, map, AT)).toThrow(
      "objection stays in force",
    )
    expect(
      deskMail(
        { kind: "restriction", email: "a@b.nl", locale: "nl" },
        { action: "lift", reason: "accuracy checked" },
        {},
      ),
    ).toEqual({
      to: "a@b.nl",
      template: "privacy-restriction-lifted",
      locale: "nl",
      data: { reason: "accuracy checked" },
    })
    expect(deskMail({ kind: "objection", email: "a@b.nl", locale: "en" }, { action: "complete" }, {})?.template).toBe(
      "privacy-objection-upheld",
    )
  })

  it("decides an objection for exactly the map's categories based on consent or legitimate interest, and stops direct marketing", () => {
    const open = map.dataCategories
      .filter((c) => c.legalBasis === "consent" || c.legalBasis === "legitimate_interest")
      .map((c) => c.id)
    expect(Object.keys(OBJECTION_EFFECTS).sort()).toEqual(open.sort())
    expect(OBJECTION_EFFECTS.newsletter).toMatchObject({
      effect: "stops",
      why: expect.stringContaining("art. 21(2)-(3)"),
    })
    expect(OBJECTION_EFFECTS.analytics?.effect).toBe("stops")
  })

  it("calls an open request overdue after its due date, a closed one never", () => {
    expect(isOverdue({ status: "received", due_at: "2026-11-22T00:00:00Z" }, AT)).toBe(true)
    expect(isOverdue({ status: "completed", due_at: "2026-11-22T00:00:00Z" }, AT)).toBe(false)
    expect(isOverdue({ status: "received", due_at: "2026-11-24T00:00:00Z" }, AT)).toBe(false)
  })
})
