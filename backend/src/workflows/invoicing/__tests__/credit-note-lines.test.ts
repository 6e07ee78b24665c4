import { sampleSnapshot } from "../../../modules/invoicing/__tests__/fixtures"
import { goodsToCredit, refundCreditLines, remainingCreditLines, type CreditBasis } from "../credit-note-lines"

const labels = { rest: "Overige terugbetaling", partial: "Gedeeltelijke terugbetaling" }
// The sample invoice: 2 × Hanglamp Nova at € 99,95 (ordli_1) and € 4,95 delivery, all 21 %.
const basis = (
  items: [string, { quantity: number; returned: number }][],
  credited: CreditBasis["credited"] = [],
): CreditBasis => ({
  invoice: sampleSnapshot(),
  credited,
  items: new Map(items),
})

describe("credit note lines", () => {
  it("credits returned goods with negative amounts and their VAT when the refund matches them", () => {
    const lines = refundCreditLines(basis([["ordli_1", { quantity: 2, returned: 1 }]]), 9995, labels)
    expect(lines).toEqual([
      {
        item_id: "ordli_1",
        description: "Hanglamp Nova — Messing",
        quantity: 1,
        unit_price_excl: -8260,
        vat_rate: 21,
        net: -8260,
        vat: -1735,
        gross: -9995,
      },
    ])
  })

  it("adds a pro-rata line for what the refund pays beyond the goods, e.g. delivery", () => {
    const lines = refundCreditLines(basis([["ordli_1", { quantity: 2, returned: 2 }]]), 20485, labels)
    expect(lines.map((l) => [l.description, l.gross])).toEqual([
      ["Hanglamp Nova — Messing", -19990],
      ["Overige terugbetaling", -495],
    ])
    expect(lines[1]).toMatchObject({ vat_rate: 21, net: -409, vat: -86 })
  })

  it("credits one pro-rata line when the refund is less than the goods taken back", () => {
    const lines = refundCreditLines(basis([["ordli_1", { quantity: 2, returned: 1 }]]), 5000, labels)
    expect(lines).toEqual([
      expect.objectContaining({
        item_id: null,
        description: "Gedeeltelijke terugbetaling",
        gross: -5000,
        net: -4132,
        vat: -868,
      }),
    ])
  })

  it("credits goods removed by an order edit, and never the same goods twice", () => {
    const edited = basis([["ordli_1", { quantity: 1, returned: 0 }]])
    const [first] = goodsToCredit(edited)
    expect(first).toMatchObject({ quantity: 1, gross: -9995 })
    expect(goodsToCredit(basis([["ordli_1", { quantity: 1, returned: 0 }]], [first!]))).toEqual([])
  })

  it("refuses a refund larger than what is left on the invoice", () => {
    expect(() =>
      refundCreditLines(basis([], [{ ...sampleSnapshot().lines[0]!, gross: -19990 }]), 1000, labels),
    ).toThrow(/495 cents are left/)
  })

  it("credits everything left when an order is cancelled, line by line or pro rata after a partial credit", () => {
    const all = remainingCreditLines(basis([]), "Rest")
    expect(all.map((l) => l.gross)).toEqual([-19990, -495])
    const afterPartial = remainingCreditLines(
      basis(
        [],
        [
          {
            item_id: null,
            description: "x",
            quantity: 1,
            unit_price_excl: -413,
            vat_rate: 21,
            net: -413,
            vat: -87,
            gross: -500,
          },
        ],
      ),
      "Rest",
    )
    expect(afterPartial).toEqual([expect.objectContaining({ description: "Rest", gross: -19985 })])
  })
})
