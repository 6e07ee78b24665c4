import { checkoutAddressSchema, normalisePostcode } from "../address"

describe("normalisePostcode", () => {
  it.each([
    ["nl", "7311ab", "7311 AB"],
    ["nl", " 1012  jk ", "1012 JK"],
    ["be", "3800", "3800"],
  ] as const)("%s %s → %s", (country, raw, expected) => {
    expect(normalisePostcode(country, raw)).toBe(expected)
  })

  it.each([
    ["nl", "0123 AB"],
    ["nl", "1234 SS"],
    ["nl", "12345"],
    ["be", "0800"],
    ["be", "1234 AB"],
  ] as const)("rejects %s %s", (country, raw) => {
    expect(normalisePostcode(country, raw)).toBeNull()
  })
})

describe("checkoutAddressSchema", () => {
  const valid = {
    email: " Anna@Example.NL ",
    shipping_address: {
      first_name: "Anna",
      last_name: "de Vries",
      address_1: "Hoofdstraat 12",
      postal_code: "7311ab",
      city: "Apeldoorn",
      country_code: "nl",
      phone: "+31 55 123 4567",
    },
  }

  it("normalises e-mail and postcode", () => {
    const parsed = checkoutAddressSchema.parse(valid)
    expect(parsed.email).toBe("anna@example.nl")
    expect(parsed.shipping_address.postal_code).toBe("7311 AB")
  })

  it("names the field that is wrong", () => {
    const bad = { ...valid, shipping_address: { ...valid.shipping_address, postal_code: "ABCD" } }
    const result = checkoutAddressSchema.safeParse(bad)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(["shipping_address", "postal_code"])
    expect(checkoutAddressSchema.safeParse({ ...valid, email: "anna@" }).error?.issues[0]?.path).toEqual(["email"])
  })

  it("rejects unknown fields and countries it does not ship to", () => {
    expect(checkoutAddressSchema.safeParse({ ...valid, admin: true }).success).toBe(false)
    const de = { ...valid, shipping_address: { ...valid.shipping_address, country_code: "de" } }
    expect(checkoutAddressSchema.safeParse(de).success).toBe(false)
  })
})
