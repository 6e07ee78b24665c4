import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readBackendEnv } from "./env"

/** Two years, every subdomain, eligible for the browsers' preload lists (as the storefront sends). */
const HSTS = "max-age=63072000; includeSubDomains; preload"

/**
 * The headers every API answer carries. The API returns JSON and files (a receipt in HTML at most,
 * styled inline): no script may run, nothing may load from elsewhere or frame it, and no address
 * leaks onwards. HSTS once the backend's public
 * address is HTTPS, which is how it runs in production.
 */
export function apiSecurityHeaders(https: boolean): Record<string, string> {
  return {
    "Content-Security-Policy":
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Resource-Policy": "same-site",
    ...(https ? { "Strict-Transport-Security": HSTS } : {}),
  }
}

let headers: Record<string, string> | undefined

export function securityHeaders(_req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  headers ??= apiSecurityHeaders(readBackendEnv().MEDUSA_BACKEND_URL.startsWith("https://"))
  res.set(headers)
  next()
}
