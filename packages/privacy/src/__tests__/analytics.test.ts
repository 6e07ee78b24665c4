import { analyticsEventSchema, deviceClass, pageTemplate } from "../index"

describe("first-party statistics", () => {
  it("keeps catalog pages and drops every token, id, query and fragment", () => {
    expect(pageTemplate("/nl/products/tafellamp-messing-e27?colour=brass#specs")).toBe(
      "/nl/products/tafellamp-messing-e27",
    )
    expect(pageTemplate("/nl/order-link/order_01M837N2AW7N80BFTAA07WM8CR.1800590026.820c21bf52/withdraw")).toBe(
      "/nl/order-link/:id/withdraw",
    )
    expect(pageTemplate("/en/account/orders/order_01M837N2AW7N80BFTAA07WM8CR/invoices/invdoc_01X")).toBe(
      "/en/account/orders/:id/invoices/:id",
    )
    expect(pageTemplate("/nl/account/verify?token=abc")).toBe("/nl/account/verify")
    expect(pageTemplate("/nl/Jan.Jansen@example.nl")).toBe("/nl/:id")
  })

  it("reduces a user agent to a device class", () => {
    expect(deviceClass("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148")).toBe("mobile")
    expect(deviceClass("Mozilla/5.0 (Linux; Android 14; Pixel 8) Mobile Safari/537.36")).toBe("mobile")
    expect(deviceClass("Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X)")).toBe("tablet")
    expect(deviceClass("Mozilla/5.0 (Linux; Android 13; SM-X200) Safari/537.36")).toBe("tablet")
    expect(deviceClass("Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36")).toBe("desktop")
  })

  it("accepts only templates, a device class and a random key — no e-mail, order id or user agent", () => {
    const event = {
      name: "page_view",
      path: "/nl/products/:id",
      device_class: "mobile",
      visitor_key: "a".repeat(32),
      locale: "nl",
    }
    expect(analyticsEventSchema.safeParse(event).success).toBe(true)
    expect(analyticsEventSchema.safeParse({ ...event, path: "/nl/x?email=a@b.nl" }).success).toBe(false)
    expect(analyticsEventSchema.safeParse({ ...event, order_id: "order_1" }).success).toBe(false)
    expect(analyticsEventSchema.safeParse({ ...event, name: "login" }).success).toBe(false)
  })
})
