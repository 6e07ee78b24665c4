import { totpCode } from "../totp"

// RFC 6238 appendix B: the SHA-1 test secret "12345678901234567890" (ASCII), 8-digit codes; the last six digits are the
// 6-digit code.
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
const VECTORS: [number, string][] = [
  [59, "94287082"],
  [1111111109, "07081804"],
  [1111111111, "14050471"],
  [1234567890, "89005924"],
  [2000000000, "69279037"],
  [20000000000, "65353130"],
]

describe("totpCode", () => {
  it.each(VECTORS)("matches RFC 6238's test vector at %i seconds", (seconds, eight) => {
    expect(totpCode(RFC_SECRET, new Date(seconds * 1000))).toBe(eight.slice(-6))
  })

  it("changes with the 30-second step and not within it", () => {
    expect(totpCode(RFC_SECRET, new Date(60_000))).toBe(totpCode(RFC_SECRET, new Date(89_999)))
    expect(totpCode(RFC_SECRET, new Date(60_000))).not.toBe(totpCode(RFC_SECRET, new Date(90_000)))
  })
})
