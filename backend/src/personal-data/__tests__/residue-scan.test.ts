import { personPatternLikes, personPatterns, personPrefilter, personTokens, phonePattern } from "../residue-scan"

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

  it("narrows the rows cheaply without losing one the patterns match: an e-mail address's parts in order, a phone's digits in their order, both name parts with a street or company", () => {
    const tokens = personTokens({
      strings: ["anna_100%@example.nl", "Lange Nieuwstraat 7"],
      phones: ["+31 6 1357 9246", "055 123 4567"],
      names: [{ first: "Anna", last: "van den Berg" }],
    })
    expect(personPrefilter(tokens)).toEqual({
      likes: ["%anna\\_100\\%@example.nl%"],
      names: [["%Anna%", "%van%den%Berg%"]],
      details: ["%Lange%Nieuwstraat%7%"],
      digits: ["%6%1%3%5%7%9%2%4%6%", "%5%5%1%2%3%4%5%6%7%"],
    })
    // A company that is their own full name (a sole trader) is no second detail beside that name.
    expect(personPrefilter({ ...tokens, strings: [...tokens.strings, "Anna  van den Berg"] }).details).toEqual([
      "%Lange%Nieuwstraat%7%",
    ])
    // Without a street or company a name alone never makes a row theirs, so it narrows nothing.
    expect(personPrefilter({ ...tokens, strings: ["anna_100%@example.nl"] }).names).toEqual([])
    // Every way of writing the phone that its pattern finds holds its digits in their order.
    const pattern = new RegExp(phonePattern("+31 6 1357 9246")!, "i")
    for (const written of [
      "+31 (0)6 1357 9246",
      "06-13.57.92.46",
      "0031\t6 13579246",
      JSON.stringify("06\n1357 9246"),
    ]) {
      expect({ written, found: pattern.test(written) }).toEqual({ written, found: true })
      expect(written).toMatch(/6.*1.*3.*5.*7.*9.*2.*4.*6/s)
    }
    // A stray plus sign inside a number is dropped, not read as part of the pattern.
    expect(phonePattern("0613+579246")).toBe(phonePattern("0613579246"))
  })

  it("gives the erasure's whole-table searches a cheap test that every text its patterns match passes", () => {
    const tokens = personTokens({
      strings: ["anna_100%@example.nl", "Lange Nieuwstraat 7", "Lampen & Co"],
      phones: ["+31 6 1357 9246"],
      names: [{ first: "Anna Maria", last: "van den Berg" }],
    })
    // LIKE's % and _ as a regular expression over lower-cased text, as PostgreSQL runs the test.
    const likes = personPatternLikes(tokens).map(
      (like) =>
        new RegExp(
          `^${like
            .toLowerCase()
            .replace(/\\([%_\\])|[%_]|[.*+?^${}()|[\]\\]/g, (m, escaped) =>
              escaped ? `\\${escaped}` : m === "%" ? ".*" : m === "_" ? "." : `\\${m}`,
            )}$`,
          "s",
        ),
    )
    const patterns = personPatterns(tokens).map(
      // PostgreSQL's [:alnum:] inside a bracket, as JavaScript writes it.
      (pattern) => new RegExp(pattern.replace(/\[:alnum:\]/g, "a-zA-Z0-9"), "i"),
    )
    for (const text of [
      "ANNA_100%@EXAMPLE.NL",
      "lange\nnieuwstraat   7",
      "Lampen & Co, Utrecht",
      "bel 06-13.57.92.46",
      "anna  maria VAN DEN\nBerg",
    ]) {
      expect({ text, matched: patterns.some((p) => p.test(text)) }).toEqual({ text, matched: true })
      expect({ text, cheap: likes.some((like) => like.test(text.toLowerCase())) }).toEqual({ text, cheap: true })
    }
  })
})
