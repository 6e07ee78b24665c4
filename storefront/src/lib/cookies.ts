import "server-only"
import { cookies } from "next/headers"
import { z } from "zod"
import {
  allServices,
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
import { dataMap } from "./privacy"

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

/**
 * A cookie's lifetime as the data map's cookie table states it to visitors: what the shop says is what it
 * sets, from one place.
 */
function declaredMaxAge(name: string): number {
  const declared = allServices(dataMap)
    .flatMap((service) => service.cookies)
    .find((cookie) => cookie.name === name)
  if (!declared?.maxAgeSeconds) throw new Error(`the data map's cookie table lists no lifetime for ${name}`)
  return declared.maxAgeSeconds
}
/** How long the proof lives: as long as a choice (six months), renewed with each one. */
export const CONSENT_PROOF_MAX_AGE = declaredMaxAge(CONSENT_PROOF_COOKIE)
/** The statistics' key of the day, set by /api/analytics. */
export const VISITOR_COOKIE = shopCookieName(VISITOR, secure)
/** How every cookie of the shop is set: httpOnly, first party only, for the whole site. */
export const cookieDefaults = { httpOnly: true, sameSite: "lax" as const, secure, path: "/" }

/** The visitor's cart id, if they have a cart. */
export async function getCartId(): Promise<string | undefined> {
  return (await cookies()).get(CART_COOKIE)?.value
}

/** Remembers the visitor's cart for the cookie table's term (30 days, the guest-cart retention term). */
export async function setCartId(id: string) {
  ;(await cookies()).set(CART_COOKIE, id, { ...cookieDefaults, maxAge: declaredMaxAge(CART_COOKIE) })
}

export async function clearCartId() {
  ;(await cookies()).delete(CART_COOKIE)
}

/**
 * Lets only the browser that placed an order see its confirmation page (for one day): it keeps the order's signed link
 * token.
 */
export async function setPlacedOrderLink(token: string) {
  ;(await cookies()).set(ORDER_COOKIE, token, { ...cookieDefaults, maxAge: declaredMaxAge(ORDER_COOKIE) })
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

/** Keeps the login for the session's lifetime (the cookie table's 14 days), as the backend does. */
export async function setAccountSession({ token, session }: AccountSession) {
  const maxAge = declaredMaxAge(ACCOUNT_COOKIE)
  ;(await cookies()).set(ACCOUNT_COOKIE, `${token} ${session}`, { ...cookieDefaults, maxAge })
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
