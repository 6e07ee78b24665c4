import { randomUUID } from "node:crypto"
import { mkdirSync, writeFileSync } from "node:fs"
import path from "node:path"
import { consentExpiry, currentPolicyVersion, dataMapFromEnv } from "@helder/privacy"

/** Where the browser state of a visitor who already chose "necessary only" is written. */
export const CHOSE_NECESSARY = path.join(__dirname, "..", "test-results", "chose-necessary.json")

/**
 * Most browser tests are about shopping, not the banner: they run as a returning visitor whose
 * consent cookie (necessary only, current policy version) is already set, so the banner stays closed.
 * The consent tests start from an empty browser instead.
 */
export default function globalSetup() {
  const map = dataMapFromEnv(process.env)
  const now = new Date()
  const revision = map.policyVersions.indexOf(currentPolicyVersion(map, now)) + 1
  const expires = consentExpiry(map, now)
  const value = {
    categories: ["necessary"],
    revision,
    data: null,
    consentTimestamp: now.toISOString(),
    consentId: randomUUID(),
    services: { necessary: [] },
    languageCode: "nl",
    lastConsentTimestamp: now.toISOString(),
    expirationTime: expires.getTime(),
  }
  const host = new URL(process.env.STOREFRONT_URL ?? "http://localhost:8000").hostname
  mkdirSync(path.dirname(CHOSE_NECESSARY), { recursive: true })
  writeFileSync(
    CHOSE_NECESSARY,
    JSON.stringify({
      cookies: [{ name: map.consent.cookie, value: encodeURIComponent(JSON.stringify(value)), domain: host, path: "/", expires: Math.floor(expires.getTime() / 1000), httpOnly: false, secure: false, sameSite: "Lax" }],
      origins: [],
    })
  )
}
