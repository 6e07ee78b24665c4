import { forwardedFor } from "../forwarded-for.cjs"

/** The address the storefront passes to the backend: the entry `hops` places left of the end (src/lib/medusa.ts). */
const shopper = (header: string, hops: number) => header.split(", ").at(-1 - hops)

describe("the X-Forwarded-For the storefront trusts", () => {
  it("is only the connecting address when no proxy is in front, whatever the shopper sent", () => {
    expect(forwardedFor("203.0.113.9", "198.51.100.7", 0)).toBe("198.51.100.7")
    expect(forwardedFor(undefined, "198.51.100.7", 0)).toBe("198.51.100.7")
    expect(shopper(forwardedFor("1.2.3.4, 5.6.7.8", "198.51.100.7", 0), 0)).toBe("198.51.100.7")
  })

  it("behind trusted proxies, finds the address the outermost proxy saw, past anything the shopper wrote", () => {
    // Shopper 198.51.100.7 forges 203.0.113.9; the proxy (10.0.0.2) appends what it saw.
    const header = forwardedFor("203.0.113.9, 198.51.100.7", "10.0.0.2", 1)
    expect(header).toBe("203.0.113.9, 198.51.100.7, 10.0.0.2")
    expect(shopper(header, 1)).toBe("198.51.100.7")
    // Two proxies: the outer one appended the shopper, the inner one the outer proxy.
    expect(shopper(forwardedFor("203.0.113.9, 198.51.100.7, 10.0.0.1", "10.0.0.2", 2), 2)).toBe("198.51.100.7")
  })
})
