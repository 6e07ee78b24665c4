import { TERMS_EDITIONS, termsEditionOn, termsHtml, termsParagraphParts, termsVersionSchema } from "../terms"

const seller = {
  name: "Helder B.V.",
  address: "Hoofdstraat 1, 7311 AA Apeldoorn",
  email: "winkel@helder.local",
  kvk: "12345678",
  vat: "NL000099998B57",
}

describe("general terms editions", () => {
  it("are dated, oldest first, each with the same articles in Dutch and English", () => {
    const dates = TERMS_EDITIONS.map((edition) => edition.effective)
    expect([...dates].sort()).toEqual(dates)
    for (const edition of TERMS_EDITIONS) expect(edition.sections.nl.length).toBe(edition.sections.en.length)
  })

  it("accepts only a published version", () => {
    expect(termsVersionSchema.safeParse(TERMS_EDITIONS[0]!.id).success).toBe(true)
    expect(termsVersionSchema.safeParse("1999-01-01").success).toBe(false)
  })

  it("finds the edition in force on a day", () => {
    expect(termsEditionOn("2099-01-01").id).toBe(TERMS_EDITIONS[TERMS_EDITIONS.length - 1]!.id)
  })

  it("fills in the seller and splits out links", () => {
    const parts = termsParagraphParts("Van {name} ({kvk}); zie [privacybeleid](/nl/privacy).", seller)
    expect(parts).toEqual([
      { text: "Van Helder B.V. (12345678); zie " },
      { text: "privacybeleid", href: "/nl/privacy" },
      { text: "." },
    ])
  })

  it("renders an attachment that names the version and the seller, with absolute links", () => {
    const html = termsHtml(TERMS_EDITIONS[0]!, "en", seller, "https://shop.example")
    expect(html).toContain(`data-terms-version="${TERMS_EDITIONS[0]!.id}"`)
    expect(html).toContain("NL000099998B57")
    expect(html).toContain('href="https://shop.example/en/privacy"')
    expect(html).not.toMatch(/\{(name|email|kvk|vat|address)\}/)
  })
})
