import { birthDateSchema, registrationSchema } from "../account"

const valid = {
  first_name: "Anna",
  last_name: "de Vries",
  email: "Anna@Example.nl",
  phone: "+31 55 123 4567",
  password: "lamp-kap-messing-47",
  address: { address_1: "Hoofdstraat 12", postal_code: "7311ab", city: "Apeldoorn", country_code: "nl" },
}

const firstPath = (input: unknown) => registrationSchema.safeParse(input).error?.issues[0]?.path.join(".")

describe("registrationSchema", () => {
  it("accepts the required fields, normalising e-mail and postcode", () => {
    const parsed = registrationSchema.parse(valid)
    expect(parsed).toMatchObject({ email: "anna@example.nl", locale: "nl", address: { postal_code: "7311 AB" } })
  })

  it("names the bad field: e-mail, phone, postcode, password, birth date", () => {
    expect(firstPath({ ...valid, email: "anna@" })).toBe("email")
    expect(firstPath({ ...valid, phone: "12" })).toBe("phone")
    expect(firstPath({ ...valid, address: { ...valid.address, postal_code: "0000 AA" } })).toBe("address.postal_code")
    expect(firstPath({ ...valid, password: "anna-de-lampen-2026" })).toBe("password")
    expect(firstPath({ ...valid, birth_date: "2999-01-01" })).toBe("birth_date")
  })

  it("rejects over-long fields and unknown fields", () => {
    expect(firstPath({ ...valid, first_name: "x".repeat(101) })).toBe("first_name")
    expect(firstPath({ ...valid, password: "p".repeat(200) })).toBe("password")
    expect(registrationSchema.safeParse({ ...valid, is_admin: true }).success).toBe(false)
  })
})

describe("birthDateSchema", () => {
  it.each(["1985-02-28", "2000-02-29"])("accepts %s", (date) =>
    expect(birthDateSchema.safeParse(date).success).toBe(true),
  )
  it.each(["1985-02-30", "1899-12-31", "85-02-28", "2999-01-01"])("rejects %s", (date) =>
    expect(birthDateSchema.safeParse(date).success).toBe(false),
  )
})
