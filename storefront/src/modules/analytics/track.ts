import type { AnalyticsEventName } from "@helder/privacy"
import { CONSENT_COOKIE, scriptCookieName } from "@helder/privacy/browser"

/** Whether this browser's consent cookie includes analytics and no Global Privacy Control is sent. */
function analyticsAllowed(): boolean {
  if ((navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true) return false
  // Named __Secure- over HTTPS, as the banner writes it there.
  const name = scriptCookieName(CONSENT_COOKIE, location.protocol === "https:")
  const raw = document.cookie
    .split("; ")
    .find((c) => c.startsWith(`${name}=`))
    ?.slice(name.length + 1)
  if (!raw) return false
  try {
    const categories: unknown = JSON.parse(decodeURIComponent(raw)).categories
    return Array.isArray(categories) && categories.includes("analytics")
  } catch {
    return false
  }
}

/**
 * Counts one statistics event, only when the visitor chose analytics: without that choice no request
 * leaves the browser. The storefront and the backend check the consent again.
 */
export function track(name: AnalyticsEventName, productId?: string) {
  if (!analyticsAllowed()) return
  const body = JSON.stringify({ name, path: location.pathname, ...(productId ? { product_id: productId } : {}) })
  void fetch("/api/analytics", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
    keepalive: true,
  }).catch(() => {})
}
