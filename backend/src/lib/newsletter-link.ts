import { createHash } from "node:crypto"
import { sign, verifySignature } from "./signature"

/** The signature that lets an unsubscribe link work without logging in, and only for its subscription. */
export function unsubscribeSignature(subscriptionId: string): string {
  return sign("newsletter", subscriptionId)
}

/** True when the signature belongs to this subscription. */
export function validUnsubscribeSignature(subscriptionId: string, signature: string): boolean {
  return verifySignature("newsletter", subscriptionId, signature)
}

/** SHA-256 of a text exactly as shown: the fingerprint stored with a consent. */
export function textHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex")
}
