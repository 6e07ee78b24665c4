import { loggableUrl } from "../request-log"

describe("the URL in the request log", () => {
  it("keeps the path and the harmless parameters, and hides every other value", () => {
    expect(loggableUrl("/admin/orders?q=anna%40example.nl&fields=id%2Cemail&limit=20")).toBe("/admin/orders?q=•••&fields=id%2Cemail&limit=20")
    expect(loggableUrl("/admin/customers?email=anna@example.nl&offset=0")).toBe("/admin/customers?email=•••&offset=0")
    expect(loggableUrl("/store/products?category_id[]=pcat_1&region_id=reg_1")).toBe("/store/products?category_id%5B%5D=pcat_1&region_id=reg_1")
  })

  it("leaves a URL without a query as it is", () => {
    expect(loggableUrl("/store/order-link")).toBe("/store/order-link")
  })
})
