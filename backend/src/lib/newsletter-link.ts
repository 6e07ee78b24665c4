import { createHash, createHmac, timingSafeEqual } from "node:crypto"
import { readBackendEnv } from "./env"

function key(): string {
  // Derived from the cookie secret, which production requires to be long and random.
  return `helder-newsletter:${readBackendEnv().COOKIE_SECRET ?? "development"}`
}

/** The signature that lets an unsubscribe link work without logging in, and only for its subscription. */
export function unsubscribeSignature(subscriptionId: string): string {
  return createHmac("sha256", key()).update(subscriptionId).digest("hex")
}

/** True when the signature belongs to this subscription. */
export function validUnsubscribeSignature(subscriptionId: string, signature: string): boolean {
  const expected = Buffer.from(unsubscribeSignature(subscriptionId))
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given)
}

/** SHA-256 of a text exactly as shown: the fingerprint stored with a consent. */
export function textHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex")
}
