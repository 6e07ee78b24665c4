import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ORDER_LINK_TOKEN_PATTERN } from "@helder/schemas"
import { now } from "./clock"
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
export const ORDER_LINK_HEADER = "x-helder-order-link"

/** The order a request's order-link token opens; a 404 for a missing, tampered or expired token. */
export function linkedOrderId(req: MedusaRequest): string {
  const token = req.headers[ORDER_LINK_HEADER]
  const orderId = typeof token === "string" ? readOrderLinkToken(token) : null
  if (!orderId) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This link is invalid or has expired")
  return orderId
}
