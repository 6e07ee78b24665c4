import { deliveryTotals } from "../delivery-totals"

describe("deliveryTotals", () => {
  it("adds each option's price to a cart without delivery", () => {
    expect(
      deliveryTotals({ total: 9.95, shipping_total: 0 }, [
        { id: "so_HOME", amount: 4.95 },
        { id: "so_PICKUP", amount: 0 },
      ]),
    ).toEqual([
      { optionId: "so_HOME", shipping: 4.95, total: 14.9 },
      { optionId: "so_PICKUP", shipping: 0, total: 9.95 },
    ])
  })

  it("replaces a delivery chosen in an earlier attempt instead of adding to it", () => {
    const [pickup] = deliveryTotals({ total: 14.9, shipping_total: 4.95 }, [{ id: "so_PICKUP", amount: 0 }])
    expect(pickup).toEqual({ optionId: "so_PICKUP", shipping: 0, total: 9.95 })
  })

  it("treats a missing price as free", () => {
    expect(deliveryTotals({ total: 5 }, [{ id: "so_X" }])[0]?.total).toBe(5)
  })
})
