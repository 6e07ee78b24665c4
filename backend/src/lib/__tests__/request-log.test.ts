import { loggableUrl } from "../request-log"

describe("the URL in the request log", () => {
  it("keeps the path and the harmless parameters, and hides every other value", () => {
    expect(loggableUrl("/admin/orders?q=anna%40example.nl&fields=id%2Cemail&limit=20")).toBe("/admin/orders?q=•••&fields=id%2Cemail&limit=20")
    expect(loggableUrl("/admin/customers?email=anna@example.nl&offset=0")).toBe("/admin/customers?email=•••&offset=0")
    expect(loggableUrl("/store/products?category_id[]=pcat_1&region_id=reg_1")).toBe("/store/products?category_id%5B%5D=pcat_1&region_id=reg_1")
  })

  it("keeps only the prefix of every Medusa id in the path", () => {
    expect(loggableUrl("/store/carts/cart_01M95QFDHWX1MPY1JCGCYVDHQD/complete")).toBe("/store/carts/cart_•••/complete")
    expect(loggableUrl("/store/payment-collections/pay_col_01M95QFEV0KS1W1CNTVTQZ4AFB/payment-sessions?fields=id")).toBe(
      "/store/payment-collections/pay_col_•••/payment-sessions?fields=id"
    )
    expect(loggableUrl("/admin/orders/order_01M95QFDHWX1MPY1JCGCYVDHQD/fulfillments/ful_01M95QFDHWX1MPY1JCGCYVDHQE")).toBe("/admin/orders/order_•••/fulfillments/ful_•••")
  })

  it("leaves a URL without a query or ids as it is", () => {
    expect(loggableUrl("/store/order-link")).toBe("/store/order-link")
  })
})
