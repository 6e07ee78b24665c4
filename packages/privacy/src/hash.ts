import type { BannerText } from "./banner"

/** The canonical form hashed for the consent proof: JSON with keys in a fixed order. */
export function canonicalBannerText(text: BannerText): string {
  return JSON.stringify(text, (_, value) =>
    value && typeof value === "object" && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))) : value
  )
}

/**
 * SHA-256 (hex) of the canonical banner text, with the Web Crypto API both Node and browsers have.
 * Its own entry (`@helder/privacy/hash`) so the browser hashes what it shows without loading the map.
 */
export async function bannerTextHash(text: BannerText): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(canonicalBannerText(text)))
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("")
}
