import { BigNumber } from "@medusajs/framework/utils"
import { toOrderView } from "../order-view"

// An order as Query returns it, with what only the window needs and fields no order page shows.
const row = {
  id: "order_1",
  display_id: 1001,
  created_at: new Date("2026-11-20T10:00:00Z"),
  email: "anna@example.nl",
  currency_code: "eur",
  customer_id: "cus_1",
  metadata: { note: "intern" },
  status: "pending",
  total: new BigNumber(24.95),
  subtotal: 20.62,
  tax_total: 4.33,
  shipping_total: 0,
  item_total: 24.95,
  items: [
    {
      id: "item_1",
      product_title: "Hanglamp Nova",
      variant_title: "Messing",
      quantity: new BigNumber(1),
      unit_price: 24.95,
      total: 24.95,
      detail: { quantity: 1, delivered_quantity: 0 },
    },
  ],
  shipping_address: {
    first_name: "Anna",
    last_name: "de Vries",
    address_1: "Hoofdstraat 1",
    postal_code: "7311 AB",
    city: "Apeldoorn",
    country_code: "nl",
    phone: null,
    metadata: null,
  },
  fulfillments: [{ shipped_at: null, delivered_at: null, canceled_at: null }],
  returns: null,
}

const window = {
  delivered_at: null,
  deadline: null,
  can_withdraw: true,
  can_return: false,
  closed: null,
  items: [{ id: "item_1", withdrawable: 1, returnable: 0, sent: 0 }],
}

describe("toOrderView", () => {
  it("answers the contract's fields and no others, amounts as plain numbers", () => {
    const view = toOrderView(row, window, [], [{ id: "wn_1", return_id: null, submitted_at: "2026-11-21T09:00:00Z" }])
    expect(view.order).not.toHaveProperty("customer_id")
    expect(view.order).not.toHaveProperty("metadata")
    expect(view.order).not.toHaveProperty("status")
    expect(view.order.items).toEqual([
      {
        id: "item_1",
        product_title: "Hanglamp Nova",
        variant_title: "Messing",
        quantity: 1,
        unit_price: 24.95,
        total: 24.95,
      },
    ])
    expect(view.order.shipping_address).not.toHaveProperty("metadata")
    expect(view.order.fulfillments).toEqual([{ shipped_at: null, delivered_at: null }])
    expect(view.order.total).toBe(24.95)
    expect(JSON.parse(JSON.stringify(view)).order.total).toBe(24.95)
    expect(view.withdrawals).toEqual([{ id: "wn_1", return_id: null, submitted_at: "2026-11-21T09:00:00Z" }])
    expect(view.window).toEqual(window)
  })
})
