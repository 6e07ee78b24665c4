import { createHmac } from "node:crypto"

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

function base32Decode(secret: string): Buffer {
  let bits = 0
  let value = 0
  const bytes: number[] = []
  for (const char of secret.replace(/=+$/, "").replace(/\s+/g, "").toUpperCase()) {
    const index = BASE32.indexOf(char)
    if (index < 0) throw new Error(`not a base32 secret: ${char}`)
    value = (value << 5) | index
    bits += 5
    if (bits >= 8) {
      bytes.push((value >> (bits - 8)) & 255)
      bits -= 8
    }
  }
  return Buffer.from(bytes)
}

/**
 * The 6-digit code an authenticator app shows for a base32 secret at a moment (RFC 6238: HOTP of
 * RFC 4226 over 30-second steps, HMAC-SHA1). Tests use it as a staff member's phone.
 */
export function totpCode(secret: string, at: Date = new Date(), step = 30): string {
  const counter = Buffer.alloc(8)
  counter.writeBigUInt64BE(BigInt(Math.floor(at.getTime() / 1000 / step)))
  const hmac = createHmac("sha1", base32Decode(secret)).update(counter).digest()
  const offset = hmac[hmac.length - 1]! & 0xf
  const binary =
    ((hmac[offset]! & 0x7f) << 24) | (hmac[offset + 1]! << 16) | (hmac[offset + 2]! << 8) | hmac[offset + 3]!
  return String(binary % 1_000_000).padStart(6, "0")
}
