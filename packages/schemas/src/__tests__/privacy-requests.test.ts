import { erasureRequestSchema, guestRequestSchema } from "../index"

describe("privacy request schemas", () => {
  it("reads a guest request's order number with or without #, and lower-cases the address", () => {
    expect(guestRequestSchema.parse({ kind: "export", email: " Anna@Example.NL ", order_number: "#1042" })).toEqual({ kind: "export", email: "anna@example.nl", order_number: 1042, locale: "nl" })
  })

  it("asks a correction to say what is wrong, and refuses unknown kinds and fields", () => {
    expect(guestRequestSchema.safeParse({ kind: "correction", email: "a@b.nl", order_number: "1" }).error?.issues[0]?.path).toEqual(["details"])
    expect(guestRequestSchema.safeParse({ kind: "restriction", email: "a@b.nl", order_number: "1" }).success).toBe(false)
    expect(guestRequestSchema.safeParse({ kind: "export", email: "a@b.nl", order_number: "1", admin: true }).success).toBe(false)
    expect(guestRequestSchema.safeParse({ kind: "export", email: "a@b.nl", order_number: "12ab" }).error?.issues[0]?.message).toContain("order number")
  })

  it("needs an explicit yes to delete an account", () => {
    expect(erasureRequestSchema.safeParse({ password: "x" }).success).toBe(false)
    expect(erasureRequestSchema.safeParse({ password: "x", confirm: false }).success).toBe(false)
    expect(erasureRequestSchema.parse({ password: "x", confirm: true })).toEqual({ password: "x", confirm: true, locale: "nl" })
  })
})
