import { contentSecurityPolicy, HSTS, newNonce, securityHeaders, type SecurityContext } from "../security-headers"

const plain: SecurityContext = {
  nonce: "bm9uY2U=",
  integrations: { ga4MeasurementId: null, metaPixelId: null, stripe: false },
  https: false,
  development: false,
  imageOrigins: ["http://localhost:9000"],
}

/** The policy as directive → values. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split("; ").map((part) => {
      const [name, ...values] = part.split(" ")
      return [name!, values]
    }),
  )
}

describe("the storefront's security headers", () => {
  it("[P-security-headers] runs scripts only with the response's nonce, never inline or evaluated, and lets nobody frame the shop", () => {
    const policy = directives(contentSecurityPolicy(plain))
    expect(policy["script-src"]).toEqual(["'self'", "'nonce-bm9uY2U='", "'strict-dynamic'"])
    expect(Object.values(policy).flat()).not.toContain("'unsafe-eval'")
    expect(policy["script-src"]).not.toContain("'unsafe-inline'")
    expect(policy["frame-ancestors"]).toEqual(["'none'"])
    expect(policy["object-src"]).toEqual(["'none'"])
    expect(policy["frame-src"]).toEqual(["'none'"])
    expect(policy["connect-src"]).toEqual(["'self'"])
  })

  it("opens the policy to a third party only when that service is configured", () => {
    const withAll = directives(
      contentSecurityPolicy({
        ...plain,
        integrations: { ga4MeasurementId: "G-TEST1234", metaPixelId: "1234567890", stripe: true },
      }),
    )
    expect(withAll["connect-src"]).toEqual(
      expect.arrayContaining(["https://*.google-analytics.com", "https://www.facebook.com", "https://api.stripe.com"]),
    )
    expect(withAll["frame-src"]).toEqual(["https://js.stripe.com", "https://hooks.stripe.com"])
    const googleOnly = directives(
      contentSecurityPolicy({ ...plain, integrations: { ...plain.integrations, ga4MeasurementId: "G-TEST1234" } }),
    )
    expect(googleOnly["connect-src"]!.some((host) => host.includes("facebook") || host.includes("stripe"))).toBe(false)
  })

  it("[P-security-headers] sends HSTS and upgrades requests only when the shop is served over HTTPS", () => {
    expect(securityHeaders(plain)["Strict-Transport-Security"]).toBeUndefined()
    expect(directives(contentSecurityPolicy(plain))["upgrade-insecure-requests"]).toBeUndefined()
    const production = securityHeaders({ ...plain, https: true })
    expect(production["Strict-Transport-Security"]).toBe(HSTS)
    expect(directives(production["Content-Security-Policy"]!)["upgrade-insecure-requests"]).toEqual([])
  })

  it("allows evaluation only to next dev's fast refresh", () => {
    expect(directives(contentSecurityPolicy({ ...plain, development: true }))["script-src"]).toContain("'unsafe-eval'")
  })

  it("keeps the referrer and powerful features to the shop", () => {
    const headers = securityHeaders(plain)
    expect(headers["Referrer-Policy"]).toBe("same-origin")
    expect(headers["X-Content-Type-Options"]).toBe("nosniff")
    expect(headers["Permissions-Policy"]).toContain("camera=()")
    expect(headers["Permissions-Policy"]).toContain("payment=(self)")
  })

  it("makes a new 128-bit nonce for every response", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce))
    expect(nonces.size).toBe(100)
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16)
  })
})
