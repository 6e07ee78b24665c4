import { setClock } from "../clock"
import { orderLinkUrl, readOrderLinkToken } from "../order-link"

const ORDER = "order_01KAB2C3D4E5F6G7H8J9K0M1N2"
const DAY = 24 * 60 * 60 * 1000

const tokenOf = (url: string) => /\/order-link\/([^/?]+)/.exec(url)?.[1] ?? ""

describe("the mailed order link", () => {
  afterEach(() => setClock())

  it("opens the order page in the shopper's language for ORDER_LINK_DAYS", () => {
    setClock(() => new Date("2026-11-20T12:00:00Z"))
    const url = orderLinkUrl(ORDER, "en")
    expect(url).toMatch(/\/en\/order-link\/[^/?]+$/)
    setClock(() => new Date(Date.parse("2026-11-20T12:00:00Z") + 59 * DAY))
    expect(readOrderLinkToken(tokenOf(url))).toBe(ORDER)
    setClock(() => new Date(Date.parse("2026-11-20T12:00:00Z") + 61 * DAY))
    expect(readOrderLinkToken(tokenOf(url))).toBeNull()
  })

  it("outlives the withdrawal period it announces by ORDER_LINK_DAYS", () => {
    setClock(() => new Date("2026-11-20T12:00:00Z"))
    const url = orderLinkUrl(ORDER, "nl", { validUntil: "2026-12-04T22:59:59Z" })
    setClock(() => new Date(Date.parse("2026-12-04T22:59:59Z") + 59 * DAY))
    expect(readOrderLinkToken(tokenOf(url))).toBe(ORDER)
  })

  it("leads to the withdrawal page with the statement's signed moment", () => {
    expect(orderLinkUrl(ORDER, "nl", { withdrawalStatement: "abc" })).toMatch(
      /\/nl\/order-link\/[^/?]+\/withdraw\?statement=abc$/,
    )
  })
})
