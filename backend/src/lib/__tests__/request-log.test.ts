import { loggableIp, loggableUrl, redactRequestLog } from "../request-log"

describe("the URL in the request log", () => {
  it("keeps the path and the harmless parameters, and hides every other value", () => {
    expect(loggableUrl("/admin/orders?q=anna%40example.nl&fields=id%2Cemail&limit=20")).toBe(
      "/admin/orders?q=•••&fields=id%2Cemail&limit=20",
    )
    expect(loggableUrl("/admin/customers?email=anna@example.nl&offset=0")).toBe("/admin/customers?email=•••&offset=0")
    expect(loggableUrl("/store/products?category_id[]=pcat_1&region_id=reg_1")).toBe(
      "/store/products?category_id%5B%5D=pcat_1&region_id=reg_1",
    )
  })

  it("keeps only the prefix of every Medusa id in the path", () => {
    expect(loggableUrl("/store/carts/cart_01M95QFDHWX1MPY1JCGCYVDHQD/complete")).toBe("/store/carts/cart_•••/complete")
    expect(
      loggableUrl("/store/payment-collections/pay_col_01M95QFEV0KS1W1CNTVTQZ4AFB/payment-sessions?fields=id"),
    ).toBe("/store/payment-collections/pay_col_•••/payment-sessions?fields=id")
    expect(
      loggableUrl("/admin/orders/order_01M95QFDHWX1MPY1JCGCYVDHQD/fulfillments/ful_01M95QFDHWX1MPY1JCGCYVDHQE"),
    ).toBe("/admin/orders/order_•••/fulfillments/ful_•••")
  })

  it("leaves a URL without a query or ids as it is", () => {
    expect(loggableUrl("/store/order-link")).toBe("/store/order-link")
  })
})

describe("the IP address in the request log", () => {
  it("[P-ip-addresses] keeps an IPv4 address to its /24 and an IPv6 address to its /48, however it is written", () => {
    expect(loggableIp("203.0.113.77")).toBe("203.0.113.0")
    expect(loggableIp("::ffff:198.51.100.9")).toBe("198.51.100.0")
    expect(loggableIp("2001:db8:85a3:8d3:1319:8a2e:370:7348")).toBe("2001:db8:85a3::")
    expect(loggableIp("2001:0db8:0000::1")).toBe("2001:db8:0::")
    expect(loggableIp("::1")).toBe("0:0:0::")
  })

  it("writes a dash for anything that is not an address", () => {
    for (const odd of [undefined, "", "unknown", "999.1.2", "1.2.3.4; drop", "2001:db8::xyz"])
      expect(loggableIp(odd)).toBe("-")
  })
})

describe("Medusa's request log after start-up", () => {
  it("[P-ip-addresses] reads every request's IP address cut short, and writes no user agent or referrer", () => {
    redactRequestLog()
    redactRequestLog() // twice is once

    const express = require("express")
    const socket = { remoteAddress: "203.0.113.77" }
    const req = Object.assign(Object.create(express.request), {
      app: { get: (setting: string) => (setting === "trust proxy fn" ? () => false : undefined) },
      socket,
      connection: socket,
      headers: {
        "user-agent": "Mozilla/5.0 (X11; Linux x86_64)",
        referer: "https://shop.example/nl/order-link/secret",
      },
    })
    expect(req.ip).toBe("203.0.113.0")

    const morgan = require("morgan")
    expect([morgan["user-agent"](req), morgan.referrer(req)]).toEqual([undefined, undefined])
  })
})
