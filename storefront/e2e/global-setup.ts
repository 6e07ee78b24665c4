import { randomUUID } from "node:crypto"
import { mkdirSync, writeFileSync } from "node:fs"
import path from "node:path"
import { consentExpiry, currentPolicyVersion, dataMapFromEnv } from "@helder/privacy"
import { totpCode } from "@helder/testkit"

/** Where the browser state of a visitor who already chose "necessary only" is written. */
export const CHOSE_NECESSARY = path.join(__dirname, "..", "test-results", "chose-necessary.json")

/**
 * Most browser tests are about shopping, not the banner: they run as a returning visitor whose
 * consent cookie (necessary only, current policy version) is already set, so the banner stays closed.
 * The consent tests start from an empty browser instead.
 */
export default async function globalSetup() {
  writeReturningVisitor()
  await enrolAdminSecondFactor()
}

async function post(path: string, body: object, token?: string) {
  const response = await fetch(`${process.env.BACKEND_URL ?? "http://localhost:9000"}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`)
  return response.json()
}

/**
 * The shop's first user is its owner, and an owner logs in with a second factor. As the owner would in
 * Medusa Admin, this sets up a TOTP app (the test holds its secret) and logs in with a code; every spec
 * uses that admin token (ADMIN_TOKEN) and can make further codes from ADMIN_TOTP_SECRET.
 */
async function enrolAdminSecondFactor() {
  const credentials = { email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD }
  const first = await post("/auth/user/emailpass", credentials)
  const enrolment = await post("/auth/mfa/factors", { provider: "totp" }, first.token)
  const now = Date.now()
  await post(
    `/auth/mfa/factors/${enrolment.mfa_factor.id}/verify`,
    { code: totpCode(enrolment.secret, new Date(now)) },
    first.token,
  )
  const login = await post("/auth/user/emailpass", credentials)
  // The enrolment used this step's code, and a code works once: the login answers with the next step's (±1 step is
  // accepted).
  const verified = await post(
    `/auth/mfa/challenges/${login.mfa_challenge.id}/verify`,
    { method: "totp", code: totpCode(enrolment.secret, new Date(now + 30_000)) },
    login.token,
  )
  // A login's token starts its admin session only when used at once (then it lives while used, 30 minutes idle at
  // most).
  const started = await fetch(`${process.env.BACKEND_URL ?? "http://localhost:9000"}/admin/staff/me`, {
    headers: { authorization: `Bearer ${verified.token}` },
  })
  if (!started.ok) throw new Error(`the admin's first request failed: ${started.status} ${await started.text()}`)
  process.env.ADMIN_TOKEN = verified.token
  process.env.ADMIN_TOTP_SECRET = enrolment.secret
}

/** The browser state of a returning visitor who chose "necessary only". */
function writeReturningVisitor() {
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
      cookies: [
        {
          name: map.consent.cookie,
          value: encodeURIComponent(JSON.stringify(value)),
          domain: host,
          path: "/",
          expires: Math.floor(expires.getTime() / 1000),
          httpOnly: false,
          secure: false,
          sameSite: "Lax",
        },
      ],
      origins: [],
    }),
  )
}
