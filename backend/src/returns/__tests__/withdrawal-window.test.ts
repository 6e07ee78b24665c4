import { orderWindow, withdrawalWindow } from "../withdrawal-window"

const at = (iso: string) => new Date(iso)

describe("withdrawalWindow", () => {
  it("lets a shopper withdraw before delivery but return nothing yet", () => {
    const window = withdrawalWindow([{ delivered_at: null }], at("2026-11-20T10:00:00Z"), { allDelivered: false })
    expect(window).toEqual({ delivered_at: null, deadline: null, can_withdraw: true, can_return: false, closed: null })
    expect(withdrawalWindow([], at("2026-11-20T10:00:00Z"), { allDelivered: false }).can_withdraw).toBe(true)
  })

  it("closes at the end of the 14th day after delivery, Amsterdam time", () => {
    const delivered = [{ delivered_at: "2026-11-02T09:30:00Z" }]
    const window = withdrawalWindow(delivered, at("2026-11-16T22:59:59Z"), { allDelivered: true })
    expect(window.deadline).toBe("2026-11-16T22:59:59.999Z")
    expect(window).toMatchObject({ can_withdraw: true, can_return: true })
    expect(withdrawalWindow(delivered, at("2026-11-16T23:00:00Z"), { allDelivered: true })).toMatchObject({
      can_withdraw: false,
      can_return: false,
      closed: "expired",
    })
  })

  it("uses summer time in summer", () => {
    const window = withdrawalWindow([{ delivered_at: "2026-07-01T08:00:00Z" }], at("2026-07-02T00:00:00Z"), {
      allDelivered: true,
    })
    expect(window.deadline).toBe("2026-07-15T21:59:59.999Z")
  })

  it("runs from the last part of a split delivery and ignores canceled fulfilments", () => {
    const parts = [
      { delivered_at: "2026-11-02T09:00:00Z" },
      { delivered_at: "2026-11-05T09:00:00Z" },
      { delivered_at: null, canceled_at: "2026-11-03T09:00:00Z" },
    ]
    expect(withdrawalWindow(parts, at("2026-11-18T12:00:00Z"), { allDelivered: true }).deadline).toBe(
      "2026-11-19T22:59:59.999Z",
    )
    // One part still on its way: returns of what arrived are possible, and the clock has not started.
    const partial = withdrawalWindow(
      [{ delivered_at: "2026-11-02T09:00:00Z" }, { delivered_at: null }],
      at("2026-12-20T12:00:00Z"),
      { allDelivered: false },
    )
    expect(partial).toMatchObject({ deadline: null, can_withdraw: true, can_return: true })
  })
})

describe("orderWindow", () => {
  const line = (detail: Record<string, number>) => ({ id: "ordli_1", quantity: 3, detail: { quantity: 3, ...detail } })

  it("allows withdrawing everything not yet sent back and returning only what was delivered", () => {
    const order = {
      items: [line({ fulfilled_quantity: 2, delivered_quantity: 2, return_requested_quantity: 1 })],
      fulfillments: [{ delivered_at: "2026-11-02T09:00:00Z" }],
    }
    const window = orderWindow(order, at("2026-11-03T09:00:00Z"))
    expect(window.items).toEqual([{ id: "ordli_1", withdrawable: 2, returnable: 1, sent: 1 }])
    // Not everything is delivered yet, so the 14 days have not started.
    expect(window).toMatchObject({ deadline: null, can_withdraw: true, can_return: true })
  })

  it("closes everything for a cancelled order and once everything was sent back", () => {
    const delivered = [{ delivered_at: "2026-11-02T09:00:00Z" }]
    expect(
      orderWindow(
        { status: "canceled", items: [line({ delivered_quantity: 3 })], fulfillments: delivered },
        at("2026-11-03T09:00:00Z"),
      ),
    ).toMatchObject({
      can_withdraw: false,
      can_return: false,
      closed: "canceled",
      items: [{ withdrawable: 0, returnable: 0, sent: 0 }],
    })
    const back = orderWindow(
      { items: [line({ delivered_quantity: 3, return_received_quantity: 3 })], fulfillments: delivered },
      at("2026-11-03T09:00:00Z"),
    )
    expect(back).toMatchObject({ can_withdraw: false, can_return: false, closed: "settled" })
    // An order with nothing left on it (staff edited every line to zero) is not "everything withdrawn".
    expect(orderWindow({ items: [line({ quantity: 0 })], fulfillments: [] }, at("2026-11-03T09:00:00Z"))).toMatchObject(
      { can_withdraw: false, closed: "canceled" },
    )
    expect(orderWindow({ items: [], fulfillments: [] }, at("2026-11-03T09:00:00Z")).closed).toBe("canceled")
    // Past the deadline the period is the reason, even with everything sent back.
    expect(
      orderWindow(
        { items: [line({ delivered_quantity: 3, return_received_quantity: 3 })], fulfillments: delivered },
        at("2026-12-03T09:00:00Z"),
      ).closed,
    ).toBe("expired")
  })
})
