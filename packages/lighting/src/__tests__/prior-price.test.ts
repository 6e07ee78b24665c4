import { appliedPeriods, priceStatement, type PriceListState, type PriceRecord } from "../prior-price"

const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 24 * 60 * 60 * 1000)

/** A base price (no list) set on day `n`. */
const base = (n: number, amount: number, extra: Partial<PriceRecord> = {}): PriceRecord => ({
  at: day(n),
  priceId: "price_base",
  currencyCode: "eur",
  regionId: null,
  otherRules: 0,
  amount,
  minQuantity: null,
  priceList: null,
  removed: false,
  ...extra,
})

const list = (id: string, from: number, to: number | null, extra: Partial<PriceListState> = {}): PriceListState => ({
  id,
  type: "sale",
  status: "active",
  startsAt: day(from),
  endsAt: to === null ? null : day(to),
  rulesCount: 0,
  ...extra,
})

/** A sale price written on day `n` in list `state`. */
const sale = (n: number, amount: number, state: PriceListState, extra: Partial<PriceRecord> = {}): PriceRecord =>
  base(n, amount, { priceId: `price_${state.id}`, priceList: state, ...extra })

describe("the prior price of a reduction (Directive 98/6/EC art. 6a)", () => {
  it("announces a simple sale with the price of before it", () => {
    const history = [base(0, 20), sale(40, 15, list("summer", 40, 50))]
    expect(priceStatement(history, day(45), "eur")).toEqual({
      current: 15,
      reduction: { since: day(40), priorPrice: 20 },
    })
    expect(priceStatement(history, day(39), "eur")).toEqual({ current: 20, reduction: null })
    expect(priceStatement(history, day(50), "eur")).toEqual({ current: 20, reduction: null })
  })

  it("takes the low price of before a raise just before the sale, not the raised one (the classic trick)", () => {
    const history = [base(0, 20), base(35, 30), sale(40, 25, list("trick", 40, 50))]
    // 25 is not below the lowest price of the 30 days before (20): no reduction may be announced.
    expect(priceStatement(history, day(41), "eur")).toEqual({ current: 25, reduction: null })
    const deeper = [base(0, 20), base(35, 30), sale(40, 18, list("trick", 40, 50))]
    expect(priceStatement(deeper, day(41), "eur")).toEqual({
      current: 18,
      reduction: { since: day(40), priorPrice: 20 },
    })
  })

  it("forgets a low price once it is more than 30 days before the sale", () => {
    const history = [base(0, 20), base(5, 30), sale(40, 25, list("later", 40, 50))]
    expect(priceStatement(history, day(41), "eur")).toEqual({
      current: 25,
      reduction: { since: day(40), priorPrice: 30 },
    })
    // A price that ran until exactly 30 days before the sale is just out of the window; one day later it is in.
    expect(
      priceStatement([base(0, 20), base(10, 30), sale(40, 25, list("edge", 40, 50))], day(41), "eur")?.reduction
        ?.priorPrice,
    ).toBe(30)
    expect(
      priceStatement([base(0, 20), base(11, 30), sale(40, 25, list("edge", 40, 50))], day(41), "eur")?.reduction,
    ).toBeNull()
  })

  it("keeps the prior price of before the first step of a progressive reduction", () => {
    const first = list("first", 40, 50)
    const history = [base(0, 20), sale(40, 16, first), sale(45, 12, list("second", 45, 60))]
    expect(priceStatement(history, day(47), "eur")).toEqual({
      current: 12,
      reduction: { since: day(40), priorPrice: 20 },
    })
    // After the first list ended the second carries on: still one uninterrupted campaign.
    expect(priceStatement(history, day(55), "eur")).toEqual({
      current: 12,
      reduction: { since: day(40), priorPrice: 20 },
    })
  })

  it("never counts the reduced price itself", () => {
    const long = list("long", 40, 100)
    const history = [base(0, 20), sale(40, 15, long)]
    // 50 days into the sale, the 30 days before *now* hold only 15; the prior price is still 20.
    expect(priceStatement(history, day(90), "eur")).toEqual({
      current: 15,
      reduction: { since: day(40), priorPrice: 20 },
    })
  })

  it("counts a product younger than 30 days from when it came on sale", () => {
    const history = [base(0, 24), base(3, 22), sale(10, 19, list("intro", 10, 20))]
    expect(priceStatement(history, day(12), "eur")).toEqual({
      current: 19,
      reduction: { since: day(10), priorPrice: 22 },
    })
  })

  it("announces no reduction for a product that was never sold at another price", () => {
    const history = [base(0, 24), sale(0, 19, list("launch", 0, 20))]
    expect(priceStatement(history, day(5), "eur")).toEqual({ current: 19, reduction: null })
  })

  it("takes an earlier sale within the 30 days into the prior price of a restarted sale, as the article says", () => {
    const history = [base(0, 20), sale(40, 15, list("first", 40, 50)), sale(60, 16, list("again", 60, 70))]
    // Restarted 10 days after the first ended: the lowest price of the 30 days before day 60 is 15.
    expect(priceStatement(history, day(62), "eur")).toEqual({ current: 16, reduction: null })
    const deeper = [base(0, 20), sale(40, 15, list("first", 40, 50)), sale(60, 14, list("again", 60, 70))]
    expect(priceStatement(deeper, day(62), "eur")).toEqual({
      current: 14,
      reduction: { since: day(60), priorPrice: 15 },
    })
    // Restarted more than 30 days after, the first sale is out of the window.
    const later = [base(0, 20), sale(40, 15, list("first", 40, 50)), sale(85, 16, list("again", 85, 95))]
    expect(priceStatement(later, day(86), "eur")).toEqual({
      current: 16,
      reduction: { since: day(85), priorPrice: 20 },
    })
  })

  it("ignores draft lists, lists for customer groups, other currencies, other regions and removed prices", () => {
    const history = [
      base(0, 20),
      sale(40, 10, list("draft", 40, 50, { status: "draft" })),
      sale(40, 11, list("members", 40, 50, { rulesCount: 1 })),
      sale(40, 12, list("usd", 40, 50), { currencyCode: "usd" }),
      sale(40, 13, list("be", 40, 50), { regionId: "reg_be" }),
      sale(40, 14, list("gone", 40, 50)),
      sale(41, 14, list("gone", 40, 50), { removed: true }),
    ]
    expect(priceStatement(history, day(42), "eur", "reg_nl")).toEqual({ current: 20, reduction: null })
    expect(priceStatement(history, day(40), "eur", "reg_nl")).toEqual({
      current: 14,
      reduction: { since: day(40), priorPrice: 20 },
    })
  })

  it("prefers a region's own price to the currency's, per kind of price", () => {
    const history = [
      base(0, 20),
      base(0, 22, { priceId: "price_be", regionId: "reg_be" }),
      sale(40, 18, list("everyone", 40, 50)),
    ]
    expect(priceStatement(history, day(41), "eur", "reg_be")).toEqual({
      current: 18,
      reduction: { since: day(40), priorPrice: 22 },
    })
    expect(priceStatement(history, day(41), "eur", "reg_nl")).toEqual({
      current: 18,
      reduction: { since: day(40), priorPrice: 20 },
    })
    expect(priceStatement(history, day(39), "eur", "reg_be")).toEqual({ current: 22, reduction: null })
  })

  it("lets an override list set the price without announcing a reduction", () => {
    const history = [base(0, 20), sale(40, 15, list("override", 40, 50, { type: "override" }))]
    expect(priceStatement(history, day(41), "eur")).toEqual({ current: 15, reduction: null })
  })

  it("has no price before the first record or after the price is removed", () => {
    const history = [base(5, 20), base(10, 20, { removed: true })]
    expect(priceStatement(history, day(1), "eur")).toBeNull()
    expect(priceStatement(history, day(11), "eur")).toBeNull()
    expect(appliedPeriods(history, "eur")).toEqual([
      { from: day(5), to: day(10), amount: 20, base: 20, reduced: false },
    ])
  })
})
