import { consentCookieJson } from "../consent-cookie"

const choice = {
  consentId: "0b7c6a1e-7f5e-4b8e-9a51-2f3d8c1e4a90",
  revision: 2,
  categories: ["necessary", "analytics"],
}

describe("consentCookieJson", () => {
  it("reads the banner's choice stored plain or URI-encoded", () => {
    expect(consentCookieJson(JSON.stringify(choice))).toEqual(choice)
    expect(consentCookieJson(encodeURIComponent(JSON.stringify(choice)))).toEqual(choice)
  })

  it("gives null for a value that is no JSON in either form, a broken escape included", () => {
    expect(consentCookieJson("not-json")).toBeNull()
    expect(consentCookieJson("%E0%A4%A")).toBeNull()
    expect(consentCookieJson("")).toBeNull()
  })
})
