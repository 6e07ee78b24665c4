import {
  ean13CheckDigit,
  isValidEan13,
  productIdentityFromMetadata,
  productSafetyFromMetadata,
  productSafetyProblems,
} from "../product-safety"

const manufacturer = {
  name: "Lichtwerk Eindhoven B.V.",
  address: "Hallenweg 12, 5615 PP Eindhoven, Nederland",
  email: "veiligheid@lichtwerk.example.nl",
  country: "NL",
}
const responsible = {
  name: "Helder Import B.V.",
  address: "Kade 4, 1013 AA Amsterdam, Nederland",
  email: "gpsr@helder.example.nl",
  country: "NL",
}
const product = {
  fitting: "E27",
  manufacturer,
  model: "LW-HNG-040",
  safety_nl: ["Alleen voor gebruik binnenshuis."],
  safety_en: ["For indoor use only."],
}
/** Real, published GTIN-13s: two books' ISBN-13s and a GS1 example. */
const EANS = ["9780306406157", "9789027439642", "4006381333931"]

describe("EAN-13 check digit", () => {
  it("computes the GS1 check digit and accepts only thirteen digits ending in it", () => {
    expect(ean13CheckDigit("978030640615")).toBe(7)
    expect(ean13CheckDigit("400638133393")).toBe(1)
    // 8+21+1+27+3+6+7 = 73, so 10 - 3
    expect(ean13CheckDigit("871932700000")).toBe(7)
    expect(ean13CheckDigit("000000000000")).toBe(0)
    for (const ean of EANS) expect(isValidEan13(ean)).toBe(true)
    expect(isValidEan13("9780306406158")).toBe(false)
    expect(isValidEan13("978030640615")).toBe(false)
    expect(isValidEan13("978030640615X")).toBe(false)
    expect(() => ean13CheckDigit("12345")).toThrow()
  })
})

describe("productSafetyProblems", () => {
  const variants = [
    { title: "Zwart", metadata: { ean: EANS[0] } },
    { title: "Wit", metadata: { ean: EANS[1] } },
  ]

  it("finds none for complete data, and none for a product that is not a lighting product", () => {
    expect(productSafetyProblems(product, variants, true)).toEqual([])
    expect(productSafetyProblems({ title_en: "Gift card" }, [{ title: "€ 25", metadata: null }], false)).toEqual([])
  })

  it("names every missing part, and the picture art. 19(c) asks for", () => {
    expect(productSafetyProblems({ fitting: "E27" }, [{ title: "Zwart", metadata: null }], false)).toEqual([
      "product: a picture is missing",
      "product: manufacturer is missing",
      "product: safety_nl is missing",
      "product: safety_en is missing",
      'variant "Zwart": model is missing',
      'variant "Zwart": ean is missing',
    ])
  })

  it("names the manufacturer's missing or invalid fields", () => {
    const { email: _, ...withoutEmail } = manufacturer
    expect(
      productSafetyProblems({ ...product, manufacturer: { ...withoutEmail, country: "Nederland" } }, variants, true),
    ).toEqual([
      "product: manufacturer.email is missing",
      'product: manufacturer.country "Nederland" is invalid (an ISO 3166-1 alpha-2 code such as NL)',
    ])
  })

  it("asks a manufacturer outside the EU for a responsible person established in the EU", () => {
    const chinese = { ...product, manufacturer: { ...manufacturer, country: "CN" } }
    expect(productSafetyProblems(chinese, variants, true)).toEqual([
      "product: eu_responsible_person is missing (the manufacturer is established in CN, outside the EU)",
    ])
    expect(productSafetyFromMetadata(chinese)).toBeNull()
    expect(productSafetyProblems({ ...chinese, eu_responsible_person: responsible }, variants, true)).toEqual([])
    const outside = productSafetyProblems(
      { ...chinese, eu_responsible_person: { ...responsible, country: "GB" } },
      variants,
      true,
    )
    expect(outside).toEqual([expect.stringMatching(/^product: eu_responsible_person.country "GB" is invalid/)])
  })

  it("requires warnings in Dutch and English, as many in each", () => {
    expect(productSafetyProblems({ ...product, safety_en: [] }, variants, true)).toEqual([
      expect.stringMatching(/^product: safety_en \[\] is invalid/),
    ])
    expect(productSafetyProblems({ ...product, safety_nl: "" }, variants, true)).toEqual([
      "product: safety_nl is missing",
    ])
    expect(
      productSafetyProblems({ ...product, safety_nl: ["Alleen binnenshuis.", "Laat afkoelen."] }, variants, true),
    ).toEqual(["product: safety_nl and safety_en list a different number of warnings"])
  })

  it("checks each variant's EAN, the variant's own winning over the product's, and refuses a shared one", () => {
    expect(productSafetyProblems({ ...product, ean: "1234567890123" }, variants, true)).toEqual([])
    expect(productSafetyProblems(product, [{ title: "Zwart", metadata: { ean: "9780306406158" } }], true)).toEqual([
      'variant "Zwart": ean "9780306406158" is invalid (a GTIN-13 of 13 digits with a valid check digit)',
    ])
    expect(
      productSafetyProblems(
        { ...product, ean: EANS[2] },
        [
          { title: "Zwart", metadata: null },
          { title: "Wit", metadata: {} },
        ],
        true,
      ),
    ).toEqual([`variant "Wit": ean ${EANS[2]} is also the ean of variant "Zwart"`])
    expect(
      productIdentityFromMetadata(
        { ...product, ean: EANS[2], batch: "2026-48" },
        { ean: EANS[0], model: "LW-HNG-040-W" },
      ),
    ).toEqual({
      model: "LW-HNG-040-W",
      ean: EANS[0],
      batch: "2026-48",
    })
  })

  it("reads the product-wide part for display", () => {
    expect(productSafetyFromMetadata(product)).toEqual({
      manufacturer,
      safety_nl: product.safety_nl,
      safety_en: product.safety_en,
    })
    expect(productSafetyFromMetadata({ ...product, manufacturer: { ...manufacturer, email: "geen adres" } })).toBeNull()
  })
})
