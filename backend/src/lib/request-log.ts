import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * Query parameters whose values say nothing about a person (which fields, which page, which region):
 * the request log keeps them. Every other value (a staff search `q=anna@example.nl`, an e-mail filter)
 * is replaced before the line is written.
 */
const HARMLESS = new Set(["fields", "limit", "offset", "order", "expand", "region_id", "currency_code", "category_id", "collection_id", "handle", "days", "kind", "status"])

/** The URL as the request log may show it: the path, the harmless parameters, the rest as •••. */
export function loggableUrl(url: string): string {
  const at = url.indexOf("?")
  if (at === -1) return url
  const params = new URLSearchParams(url.slice(at + 1))
  const kept = [...params].map(([key, value]) => `${encodeURIComponent(key)}=${HARMLESS.has(key.replace(/\[\]$/, "")) ? encodeURIComponent(value) : "•••"}`)
  return `${url.slice(0, at)}?${kept.join("&")}`
}

/**
 * Medusa's request log (morgan, one JSON line per request) writes `req.originalUrl` when the response
 * ends. Routing reads `req.url`, which stays as it is; only the logged copy loses the personal values.
 */
export function redactLoggedUrl(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  req.originalUrl = loggableUrl(req.originalUrl ?? req.url)
  next()
}
