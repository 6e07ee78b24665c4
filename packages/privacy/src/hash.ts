import type { BannerText } from "./banner"

/** JSON with the keys of every object in a fixed order: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_, item) =>
    item && typeof item === "object" && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b)))
      : item,
  )
}

/** The canonical form hashed for the consent proof. */
export function canonicalBannerText(text: BannerText): string {
  return canonicalJson(text)
}

/** SHA-256 (hex) of a text, with the Web Crypto API both Node and browsers have. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text))
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("")
}

/**
 * SHA-256 (hex) of the canonical banner text. Its own entry (`@helder/privacy/hash`) so the browser
 * hashes what it shows without loading the map.
 */
export async function bannerTextHash(text: BannerText): Promise<string> {
  return sha256Hex(canonicalBannerText(text))
}
