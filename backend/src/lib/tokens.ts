import { createHash, randomBytes } from "node:crypto"

/** A random secret for a link or session, and the hash that is all the database keeps of it. */
export function newSecret(): { secret: string; hash: string } {
  const secret = randomBytes(32).toString("base64url")
  return { secret, hash: hashSecret(secret) }
}

/** SHA-256 of a secret: enough for 256-bit random values, which need no slow hash. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex")
}
