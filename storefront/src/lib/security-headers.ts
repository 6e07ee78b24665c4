import type { Integrations } from "@helder/privacy"

/**
 * The storefront's security headers, built per request around a fresh script nonce.
 *
 * Scripts run only with the nonce (Next puts it on its own scripts); 'strict-dynamic' lets those
 * scripts load the chunks and the tags a visitor consented to, so no host list and no
 * 'unsafe-inline' is needed for scripts. Style attributes stay allowed: they cannot run code.
 * Hosts of optional services appear only when the service is configured, like everywhere else.
 */
export type SecurityContext = {
  nonce: string
  integrations: Pick<Integrations, "ga4MeasurementId" | "metaPixelId" | "stripe">
  /** The shop is served over HTTPS (its public URL says so): HSTS and upgrading requests. */
  https: boolean
  /** `next dev` evaluates code for fast refresh; production never does. */
  development: boolean
  /** Where product images uploaded in the admin are served from (the backend's public origin). */
  imageOrigins: string[]
}

const GOOGLE = {
  connect: ["https://*.google-analytics.com", "https://*.analytics.google.com", "https://*.googletagmanager.com"],
  img: ["https://*.google-analytics.com", "https://*.googletagmanager.com"],
  frame: [],
}
const META = {
  connect: ["https://www.facebook.com", "https://connect.facebook.net"],
  img: ["https://www.facebook.com"],
  frame: [],
}
const STRIPE = {
  connect: ["https://api.stripe.com"],
  img: ["https://*.stripe.com"],
  frame: ["https://js.stripe.com", "https://hooks.stripe.com"],
}

/** Two years, every subdomain, eligible for the browsers' preload lists. */
export const HSTS = "max-age=63072000; includeSubDomains; preload"

export function contentSecurityPolicy({
  nonce,
  integrations,
  https,
  development,
  imageOrigins,
}: SecurityContext): string {
  const services = [
    ...(integrations.ga4MeasurementId ? [GOOGLE] : []),
    ...(integrations.metaPixelId ? [META] : []),
    ...(integrations.stripe ? [STRIPE] : []),
  ]
  const frames = services.flatMap((s) => s.frame)
  const directives: [string, string[]][] = [
    ["default-src", ["'self'"]],
    ["script-src", ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])]],
    ["style-src", ["'self'", "'unsafe-inline'"]],
    ["img-src", ["'self'", "data:", "blob:", ...imageOrigins, ...services.flatMap((s) => s.img)]],
    ["font-src", ["'self'"]],
    ["connect-src", ["'self'", ...services.flatMap((s) => s.connect)]],
    ["frame-src", frames.length ? frames : ["'none'"]],
    ["frame-ancestors", ["'none'"]],
    ["object-src", ["'none'"]],
    ["base-uri", ["'self'"]],
    ["form-action", ["'self'"]],
    ...(https ? ([["upgrade-insecure-requests", []]] as [string, string[]][]) : []),
  ]
  return directives.map(([name, values]) => [name, ...values].join(" ")).join("; ")
}

/** Every header a page response carries. */
export function securityHeaders(context: SecurityContext): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(context),
    // Third parties learn nothing of the page a visitor came from, not even the shop's origin.
    "Referrer-Policy": "same-origin",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    // Payment is the one powerful feature the shop uses (Stripe's wallets), and only itself and Stripe.
    "Permissions-Policy": `camera=(), microphone=(), geolocation=(), usb=(), browsing-topics=(), payment=(self${context.integrations.stripe ? ' "https://js.stripe.com"' : ""})`,
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(context.https ? { "Strict-Transport-Security": HSTS } : {}),
  }
}

/** A nonce of 128 random bits, base64: unguessable and fresh for every response. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))))
}

/** The script nonce of a Content-Security-Policy: the proxy puts the policy on the request, for Next and for us. */
export function policyNonce(policy: string | null): string | undefined {
  return policy?.match(/'nonce-([^']+)'/)?.[1]
}
