import { setClock } from "../clock"
import { orderLinkToken, readOrderLinkToken } from "../order-link"

const ORDER = "order_01KAB2C3D4E5F6G7H8J9K0M1N2"

describe("order links", () => {
  afterEach(() => setClock())

  it("opens the order it was made for until it expires", () => {
    setClock(() => new Date("2026-11-20T12:00:00Z"))
    const token = orderLinkToken(ORDER, 60)
    expect(readOrderLinkToken(token)).toBe(ORDER)
    setClock(() => new Date("2027-01-19T11:59:00Z"))
    expect(readOrderLinkToken(token)).toBe(ORDER)
    setClock(() => new Date("2027-01-19T12:00:01Z"))
    expect(readOrderLinkToken(token)).toBeNull()
  })

  it("refuses a tampered order id, expiry or signature, and anything malformed", () => {
    const token = orderLinkToken(ORDER, 60)
    const [id, expires, signature] = token.split(".") as [string, string, string]
    expect(readOrderLinkToken([id.replace("N2", "N3"), expires, signature].join("."))).toBeNull()
    expect(readOrderLinkToken([id, String(Number(expires) + 86400), signature].join("."))).toBeNull()
    expect(
      readOrderLinkToken([id, expires, signature.replace(/.$/, (c) => (c === "0" ? "1" : "0"))].join(".")),
    ).toBeNull()
    for (const bad of ["", "order_x.1.2", `${token}.extra`, token.toUpperCase()])
      expect(readOrderLinkToken(bad)).toBeNull()
  })
})
