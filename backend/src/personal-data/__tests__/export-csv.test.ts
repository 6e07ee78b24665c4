import { csvLine } from "../export-csv"

describe("csvLine", () => {
  it("quotes separators, quotes and line breaks, and leaves numbers and empty values plain", () => {
    expect(csvLine(["a", 'say "hi"', "x,y", "two\nlines", 12, -3.5, null, undefined, true])).toBe(
      'a,"say ""hi""","x,y","two\nlines",12,-3.5,,,true\r\n',
    )
  })

  it("neutralises text a spreadsheet would run as a formula", () => {
    expect(csvLine(['=HYPERLINK("x")', "+31 6 1234", "@SUM(A1)", "-1"])).toBe(
      `"'=HYPERLINK(""x"")",'+31 6 1234,'@SUM(A1),'-1\r\n`,
    )
  })
})
