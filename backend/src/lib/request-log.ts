import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * Query parameters whose values say nothing about a person (which fields, which page, which region):
 * the request log keeps them. Every other value (a staff search `q=anna@example.nl`, an e-mail filter)
 * is replaced before the line is written.
 */
const HARMLESS = new Set(["fields", "limit", "offset", "order", "expand", "region_id", "currency_code", "category_id", "collection_id", "handle", "days", "kind", "status"])

/**
 * Medusa's ids (`cart_01J…`, `order_01J…`, `pay_col_01J…`) in a path keep only their prefix: a cart id
 * is the key to the cart, and an order id in a log line ties a person's visits together.
 */
function loggablePath(path: string): string {
  return path.replace(/\/([a-z]+(?:_[a-z]+)*)_[0-9A-Z]{26}(?=\/|$)/g, "/$1_•••")
}

/** The URL as the request log may show it: the path without ids, the harmless parameters, the rest as •••. */
export function loggableUrl(url: string): string {
  const at = url.indexOf("?")
  if (at === -1) return loggablePath(url)
  const params = new URLSearchParams(url.slice(at + 1))
  const kept = [...params].map(([key, value]) => `${encodeURIComponent(key)}=${HARMLESS.has(key.replace(/\[\]$/, "")) ? encodeURIComponent(value) : "•••"}`)
  return `${loggablePath(url.slice(0, at))}?${kept.join("&")}`
}

/**
 * Medusa's request log (morgan, one JSON line per request) writes `req.originalUrl` when the response
 * ends. Routing reads `req.url`, which stays as it is; only the logged copy loses the personal values.
 */
export function redactLoggedUrl(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const url = req.originalUrl ?? req.url
  // The surface guard matches the path as it arrived.
  req.helderPath = url.split("?")[0]
  req.originalUrl = loggableUrl(url)
  next()
}

declare module "@medusajs/framework/http" {
  interface MedusaRequest {
    /** The request's path as it arrived, kept before the request log's copy is redacted. */
    helderPath?: string
  }
}
