import { accountRequestSchema, erasureRequestSchema, guestRequestSchema } from "../index"

describe("privacy request schemas", () => {
  it("reads a guest request's order number with or without #, and lower-cases the address", () => {
    expect(guestRequestSchema.parse({ kind: "export", email: " Anna@Example.NL ", order_number: "#1042" })).toEqual({
      kind: "export",
      email: "anna@example.nl",
      order_number: 1042,
      locale: "nl",
    })
  })

  it("asks a correction to say what is wrong, and refuses unknown kinds and fields", () => {
    expect(
      guestRequestSchema.safeParse({ kind: "correction", email: "a@b.nl", order_number: "1" }).error?.issues[0]?.path,
    ).toEqual(["details"])
    expect(guestRequestSchema.safeParse({ kind: "portability", email: "a@b.nl", order_number: "1" }).success).toBe(
      false,
    )
    expect(
      guestRequestSchema.safeParse({ kind: "export", email: "a@b.nl", order_number: "1", admin: true }).success,
    ).toBe(false)
    expect(
      guestRequestSchema.safeParse({ kind: "export", email: "a@b.nl", order_number: "12ab" }).error?.issues[0]?.message,
    ).toContain("order number")
  })

  it("takes restriction and objection from guests and the account, with an optional reason; the account form takes no export or erasure", () => {
    expect(guestRequestSchema.parse({ kind: "restriction", email: "a@b.nl", order_number: "1" })).toMatchObject({
      kind: "restriction",
    })
    expect(
      guestRequestSchema.parse({ kind: "objection", email: "a@b.nl", order_number: "1", details: "Geen reclame" }),
    ).toMatchObject({ kind: "objection", details: "Geen reclame" })
    expect(accountRequestSchema.parse({ kind: "restriction" })).toEqual({ kind: "restriction", locale: "nl" })
    expect(accountRequestSchema.safeParse({ kind: "erasure" }).error?.issues[0]?.message).toContain("restriction")
    expect(accountRequestSchema.safeParse({ kind: "correction" }).error?.issues[0]?.path).toEqual(["details"])
    expect(accountRequestSchema.safeParse({ kind: "objection", customer_id: "cus_1" }).success).toBe(false)
  })

  it("needs an explicit yes to delete an account", () => {
    expect(erasureRequestSchema.safeParse({ password: "x" }).success).toBe(false)
    expect(erasureRequestSchema.safeParse({ password: "x", confirm: false }).success).toBe(false)
    expect(erasureRequestSchema.parse({ password: "x", confirm: true })).toEqual({
      password: "x",
      confirm: true,
      locale: "nl",
    })
  })
})
