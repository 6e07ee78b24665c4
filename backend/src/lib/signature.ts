import { createHmac, timingSafeEqual } from "node:crypto"
import { readBackendEnv } from "./env"

function key(purpose: string): string {
  // Derived from the cookie secret, which production requires to be long and random; one key per purpose.
  return `helder-${purpose}:${readBackendEnv().COOKIE_SECRET ?? "development"}`
}

/** An HMAC-SHA256 signature of a value for one purpose (a link signed for one use fits no other). */
export function sign(purpose: string, value: string): string {
  return createHmac("sha256", key(purpose)).update(value).digest("hex")
}

/** True when the signature was made by `sign` for this purpose and value. */
export function verifySignature(purpose: string, value: string, signature: string): boolean {
  const expected = Buffer.from(sign(purpose, value))
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given)
}
