import { personTokens, phonePattern } from "../residue-scan"

describe("what the residue scan looks for", () => {
  it("finds a phone number in every way people write it, and not inside a longer number", () => {
    const pattern = new RegExp(phonePattern("+31 6 1357 9246")!, "i")
    for (const written of [
      "+31 6 1357 9246",
      "+31613579246",
      "0031 6 13579246",
      "06-13579246",
      "06 13 57 92 46",
      "(06) 1357 9246",
      '"phone":"0613579246"',
    ]) {
      expect({ written, found: pattern.test(written) }).toEqual({ written, found: true })
    }
    for (const other of ["06 1357 9247", "106135792460", "+32 6 1357 9246x"]) {
      expect({ other, found: pattern.test(other) }).toEqual({ other, found: other.startsWith("+32") })
    }
    expect(phonePattern("12")).toBeNull()
  })

  it("keeps names as first and last together, drops empty and too-short values, and lists each once", () => {
    const tokens = personTokens({
      strings: ["anna@example.nl", " anna@example.nl ", "", null, "ab"],
      phones: ["055 123 4567", null],
      names: [
        { first: "Anna", last: "de Vries" },
        { first: "anna", last: "DE VRIES" },
        { first: "A", last: "Jansen" },
        { first: null, last: "Smit" },
      ],
    })
    expect(tokens).toEqual({
      strings: ["anna@example.nl"],
      phones: ["055 123 4567"],
      names: [{ first: "Anna", last: "de Vries" }],
    })
  })
})
