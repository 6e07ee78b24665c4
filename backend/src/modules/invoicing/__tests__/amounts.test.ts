import { documentTotals, negate, netOf, toCents, toDocumentLines, vatSummary } from "../amounts"

describe("invoice amounts", () => {
  it("takes the VAT out of VAT-inclusive prices, rounded to the cent", () => {
    expect(netOf(12100, 21)).toBe(10000)
    expect(netOf(495, 21)).toBe(409)
    expect(netOf(999, 9)).toBe(917)
    expect(netOf(1000, 0)).toBe(1000)
  })

  it("splits lines into net and VAT that add up to the line's gross, and sums VAT per rate", () => {
    const lines = toDocumentLines([
      { item_id: "a", description: "Lamp", quantity: 3, unit_price_gross: 3333, gross: 9999, vat_rate: 21 },
      { item_id: "b", description: "Boek", quantity: 1, unit_price_gross: 1999, gross: 1999, vat_rate: 9 },
      { item_id: null, description: "Verzending", quantity: 1, unit_price_gross: 495, gross: 495, vat_rate: 21 },
    ])
    for (const line of lines) expect(line.net + line.vat).toBe(line.gross)
    expect(lines[0]).toMatchObject({ unit_price_excl: 2755, net: 8264, vat: 1735 })
    const rows = vatSummary(lines)
    expect(rows.map((r) => r.rate)).toEqual([21, 9])
    expect(rows[0]).toEqual({ rate: 21, net: 8264 + 409, vat: 1735 + 86, gross: 9999 + 495 })
    expect(documentTotals(rows)).toEqual({ net: 8264 + 409 + 1834, vat: 1735 + 86 + 165, gross: 9999 + 495 + 1999 })
  })

  it("negates every amount for a credit note and converts Medusa's major units to cents", () => {
    const [line] = negate(
      toDocumentLines([
        { item_id: "a", description: "Lamp", quantity: 1, unit_price_gross: 1210, gross: 1210, vat_rate: 21 },
      ]),
    )
    expect(line).toMatchObject({ quantity: 1, unit_price_excl: -1000, net: -1000, vat: -210, gross: -1210 })
    expect(toCents(4.95)).toBe(495)
    expect(toCents("19.99")).toBe(1999)
    expect(toCents(null)).toBe(0)
  })
})
