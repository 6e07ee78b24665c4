import { checkoutAddressSchema, normalisePostcode, vatNumberSchema } from "../address"

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

describe("business details at checkout", () => {
  const base = {
    email: "inkoop@example.nl",
    shipping_address: {
      first_name: "Bo",
      last_name: "Bakker",
      address_1: "Markt 1",
      postal_code: "7311AB",
      city: "Apeldoorn",
      country_code: "nl",
    },
  }

  it("normalises a typed VAT number and leaves empty business fields out", () => {
    expect(
      checkoutAddressSchema.parse({ ...base, company: "Lampen B.V.", vat_number: "nl 1234.567.89 b01" }),
    ).toMatchObject({
      company: "Lampen B.V.",
      vat_number: "NL123456789B01",
    })
    const plain = checkoutAddressSchema.parse({ ...base, company: "", vat_number: "" })
    expect(plain.company).toBeUndefined()
    expect(plain.vat_number).toBeUndefined()
    expect(vatNumberSchema.parse("BE 0123.456.789")).toBe("BE0123456789")
  })

  it("refuses a VAT number that is not Dutch or Belgian in form", () => {
    expect(checkoutAddressSchema.safeParse({ ...base, vat_number: "NL12345" }).error?.issues[0]).toMatchObject({
      path: ["vat_number"],
      message: "invalid VAT number",
    })
    expect(vatNumberSchema.safeParse("DE123456789").success).toBe(false)
  })
})
