import { returnRequestSchema, withdrawalSchema } from "../returns"

const line = "ordli_01KAB2C3D4E5F6G7H8J9K0M1N2"

describe("returnRequestSchema", () => {
  it("accepts lines with a quantity and a known reason", () => {
    const parsed = returnRequestSchema.parse({ items: [{ id: line, quantity: "2", reason: "defective" }] })
    expect(parsed).toEqual({ items: [{ id: line, quantity: 2, reason: "defective" }], locale: "nl" })
  })

  it("names what is wrong: no items, a line twice, an unknown reason, a foreign field", () => {
    expect(returnRequestSchema.safeParse({ items: [] }).error?.issues[0]?.message).toBe("choose at least one item")
    const twice = returnRequestSchema.safeParse({
      items: [
        { id: line, quantity: 1, reason: "other" },
        { id: line, quantity: 1, reason: "other" },
      ],
    })
    expect(twice.error?.issues[0]?.message).toBe("each item once")
    expect(returnRequestSchema.safeParse({ items: [{ id: line, quantity: 1, reason: "bored" }] }).success).toBe(false)
    expect(returnRequestSchema.safeParse({ items: [{ id: line, quantity: 0, reason: "other" }] }).success).toBe(false)
    expect(
      returnRequestSchema.safeParse({ items: [{ id: line, quantity: 1, reason: "other" }], refund: 100 }).success,
    ).toBe(false)
  })
})

describe("withdrawalSchema", () => {
  const statement = { name: "Anna de Vries", email: "anna@example.nl", order_reference: "#1001", confirm: true }

  it("accepts a confirmed statement, with or without items", () => {
    const parsed = withdrawalSchema.parse(statement)
    expect(parsed).toMatchObject({ name: "Anna de Vries", locale: "nl" })
    expect(parsed.items).toBeUndefined()
    expect(withdrawalSchema.parse({ ...statement, items: [{ id: line, quantity: 1 }] }).items).toHaveLength(1)
  })

  it("refuses an unconfirmed statement or a bad e-mail address", () => {
    expect(withdrawalSchema.safeParse({ ...statement, confirm: false }).error?.issues[0]?.message).toBe(
      "confirm the withdrawal",
    )
    expect(withdrawalSchema.safeParse({ ...statement, email: "anna" }).success).toBe(false)
  })
})
