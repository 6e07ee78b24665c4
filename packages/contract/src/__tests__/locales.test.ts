import { DEFAULT_LOCALE, intlLocale, isLocale, localeOr, LOCALES } from "../locales"

describe("the shop's languages", () => {
  it("are Dutch first, then English", () => {
    expect(LOCALES).toEqual(["nl", "en"])
    expect(DEFAULT_LOCALE).toBe("nl")
  })

  it("recognises only its own languages", () => {
    expect(isLocale("nl")).toBe(true)
    expect(isLocale("en")).toBe(true)
    expect(isLocale("de")).toBe(false)
    expect(isLocale("NL")).toBe(false)
    expect(isLocale(undefined)).toBe(false)
    expect(localeOr("en")).toBe("en")
    expect(localeOr("fr")).toBe("nl")
    expect(localeOr(null, "en")).toBe("en")
  })

  it("formats Dutch as in the Netherlands and English as in Britain", () => {
    expect(intlLocale("nl")).toBe("nl-NL")
    expect(intlLocale("en")).toBe("en-GB")
  })
})
