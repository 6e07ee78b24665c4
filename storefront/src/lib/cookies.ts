import "server-only"
import { cookies } from "next/headers"
import { z } from "zod"
import {
  ACCOUNT_COOKIE as ACCOUNT,
  CART_COOKIE as CART,
  CONSENT_COOKIE as CONSENT,
  CONSENT_PROOF_COOKIE as CONSENT_PROOF,
  ORDER_COOKIE as ORDER,
  scriptCookieName,
  shopCookieName,
  VISITOR_COOKIE as VISITOR,
} from "@helder/privacy"
import { config } from "./config"
import { consentCookieJson } from "./consent-cookie"

// Strictly necessary cookies only: the cart, the just-placed order and the login session. All httpOnly
// so no script reads them. The consent cookie is written by the banner script and only read here.
// Over HTTPS (production) they are Secure and named __Host- (the banner's consent cookie __Secure-),
// as the data map lists them.
const secure = config.STOREFRONT_URL.startsWith("https://")
const CART_COOKIE = shopCookieName(CART, secure)
const ORDER_COOKIE = shopCookieName(ORDER, secure)
const ACCOUNT_COOKIE = shopCookieName(ACCOUNT, secure)
const CONSENT_COOKIE = scriptCookieName(CONSENT, secure)
/** The proof that this browser holds its consent id, set by /api/consent after a choice. */
export const CONSENT_PROOF_COOKIE = shopCookieName(CONSENT_PROOF, secure)
/** How long the proof lives: as long as a choice (the data map's six months), renewed with each one. */
export const CONSENT_PROOF_MAX_AGE = 182 * 24 * 60 * 60
/** The statistics' key of the day, set by /api/analytics. */
export const VISITOR_COOKIE = shopCookieName(VISITOR, secure)
/** How every cookie of the shop is set: httpOnly, first party only, for the whole site. */
export const cookieDefaults = { httpOnly: true, sameSite: "lax" as const, secure, path: "/" }

/** The visitor's cart id, if they have a cart. */
export async function getCartId(): Promise<string | undefined> {
  return (await cookies()).get(CART_COOKIE)?.value
}

/** Remembers the visitor's cart for 30 days, the guest-cart retention term. */
export async function setCartId(id: string) {
  ;(await cookies()).set(CART_COOKIE, id, { ...cookieDefaults, maxAge: 60 * 60 * 24 * 30 })
}

export async function clearCartId() {
  ;(await cookies()).delete(CART_COOKIE)
}

/**
 * Lets only the browser that placed an order see its confirmation page (for one day): it keeps the order's signed link
 * token.
 */
export async function setPlacedOrderLink(token: string) {
  ;(await cookies()).set(ORDER_COOKIE, token, { ...cookieDefaults, maxAge: 60 * 60 * 24 })
}

export async function getPlacedOrderLink(): Promise<string | undefined> {
  return (await cookies()).get(ORDER_COOKIE)?.value
}

/** What a logged-in browser holds: Medusa's bearer token and the secret of its server-side session. */
export type AccountSession = { token: string; session: string }

export async function getAccountSession(): Promise<AccountSession | null> {
  const raw = (await cookies()).get(ACCOUNT_COOKIE)?.value
  if (!raw) return null
  const [token, session] = raw.split(" ")
  return token && session ? { token, session } : null
}

/** Keeps the login for the session's lifetime (14 days), as the backend does. */
export async function setAccountSession({ token, session }: AccountSession) {
  ;(await cookies()).set(ACCOUNT_COOKIE, `${token} ${session}`, { ...cookieDefaults, maxAge: 60 * 60 * 24 * 14 })
}

export async function clearAccountSession() {
  ;(await cookies()).delete(ACCOUNT_COOKIE)
}

const consentCookieSchema = z.object({
  consentId: z.uuid(),
  revision: z.number().int(),
  categories: z.array(z.string()),
})
export type ConsentCookie = z.infer<typeof consentCookieSchema>

/** The visitor's cookie choice as the banner stored it; null without a (readable) choice. */
export async function getConsentCookie(): Promise<ConsentCookie | null> {
  const raw = (await cookies()).get(CONSENT_COOKIE)?.value
  if (!raw) return null
  const parsed = consentCookieSchema.safeParse(consentCookieJson(raw))
  return parsed.success ? parsed.data : null
}

/** This browser's proof of its consent id, if it has chosen here. */
export async function getConsentProof(): Promise<string | undefined> {
  return (await cookies()).get(CONSENT_PROOF_COOKIE)?.value
}
