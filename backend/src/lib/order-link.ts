import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { HEADERS, type Locale } from "@helder/contract"
import { ORDER_LINK_TOKEN_PATTERN } from "@helder/schemas"
import { now } from "./clock"
import { readBackendEnv } from "./env"
import { sign, verifySignature } from "./signature"

const DAY = 24 * 60 * 60 * 1000

/**
 * The token of a guest's order link: the order id and an expiry, signed. It is the guest's only key to
 * their order page, invoices, returns and withdrawal, so it carries nothing else and cannot be extended.
 */
export function orderLinkToken(orderId: string, days: number): string {
  const expires = Math.floor((now().getTime() + days * DAY) / 1000)
  const value = `${orderId}.${expires}`
  return `${value}.${sign("order-link", value)}`
}

/** The order id of a valid, unexpired token; null for anything else, so every failure looks the same. */
export function readOrderLinkToken(token: string): string | null {
  const match = ORDER_LINK_TOKEN_PATTERN.exec(token)
  const [, orderId, expires, signature] = match ?? []
  if (!orderId || !expires || !signature) return null
  if (!verifySignature("order-link", `${orderId}.${expires}`, signature)) return null
  return Number(expires) * 1000 > now().getTime() ? orderId : null
}

/**
 * The header the storefront sends a guest's order-link token in. A header, not the URL, so the token
 * never lands in request logs.
 */
export const ORDER_LINK_HEADER = HEADERS.orderLink

/** What a mailed order link opens beyond the order page: the withdrawal page with a statement's signed moment. */
export type OrderLinkTarget = { validUntil?: string | Date; withdrawalStatement?: string }

/**
 * The order link a mail carries, the one place links are minted: the order page in the shopper's language,
 * valid ORDER_LINK_DAYS, or that long past `validUntil` (the end of the withdrawal period) when that is later.
 */
export function orderLinkUrl(orderId: string, locale: Locale, target: OrderLinkTarget = {}): string {
  const env = readBackendEnv()
  const beyond = target.validUntil ? Math.ceil((new Date(target.validUntil).getTime() - now().getTime()) / DAY) : 0
  const token = orderLinkToken(orderId, Math.max(0, beyond) + env.ORDER_LINK_DAYS)
  const page = `${env.STOREFRONT_URL}/${locale}/order-link/${token}`
  return target.withdrawalStatement ? `${page}/withdraw?statement=${target.withdrawalStatement}` : page
}

/** The order a request's order-link token opens; a 404 for a missing, tampered or expired token. */
export function linkedOrderId(req: MedusaRequest): string {
  const token = req.headers[ORDER_LINK_HEADER]
  const orderId = typeof token === "string" ? readOrderLinkToken(token) : null
  if (!orderId) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This link is invalid or has expired")
  return orderId
}
