import { CsvSyntaxError, parseCsv } from "../import-csv"

describe("parseCsv", () => {
  it("reads quoted fields with commas, quotes and line breaks, and keeps each record's first line", () => {
    const records = parseCsv('a,b,c\r\n1,"two, ""2""",3\n"multi\nline",x,\n\n4,5,6')
    expect(records).toEqual([
      { line: 1, cells: ["a", "b", "c"] },
      { line: 2, cells: ["1", 'two, "2"', "3"] },
      { line: 3, cells: ["multi\nline", "x", ""] },
      { line: 6, cells: ["4", "5", "6"] },
    ])
  })

  it("takes semicolons when the header is separated by them, and skips a byte-order mark", () => {
    expect(parseCsv("\ufeffa;b\n1,5;2\n")).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ["1,5", "2"] },
    ])
  })

  it("names the line of an unclosed quote or text after a closing quote", () => {
    expect(() => parseCsv('a,b\n1,"open\n2,3')).toThrow(CsvSyntaxError)
    expect(() => parseCsv('a,b\n1,"open\n2,3')).toThrow("line 2: a quoted field is not closed")
    expect(() => parseCsv('a,b\n1,"x"y')).toThrow("line 2: text after a closing quote")
  })
})
