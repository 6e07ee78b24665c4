import createMiddleware from "next-intl/middleware"
import { NextRequest, NextResponse } from "next/server"
import { integrationsFromEnv } from "@helder/privacy"
import { routing } from "./i18n/routing"
import { newNonce, securityHeaders, type SecurityContext } from "./lib/security-headers"

const localeRouting = createMiddleware(routing)

// Read once: the configured services and where the shop is served decide the policy.
const publicUrl = process.env.STOREFRONT_URL ?? "http://localhost:8000"
const backendUrl = process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"
const base: Omit<SecurityContext, "nonce"> = {
  integrations: integrationsFromEnv(process.env),
  https: publicUrl.startsWith("https://"),
  development: process.env.NODE_ENV === "development",
  imageOrigins: [new URL(backendUrl).origin],
}

/**
 * Every page: a fresh script nonce in the Content-Security-Policy, passed to Next on the request
 * (it puts the nonce on its own scripts) and sent to the browser with the other security headers;
 * then next-intl's locale routing.
 */
export default function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith("/api/"))
    return withHeaders(NextResponse.next(), {
      ...securityHeaders({ ...base, nonce: "" }),
      "Content-Security-Policy": API_POLICY,
    })
  const headers = securityHeaders({ ...base, nonce: newNonce() })
  const forwarded = new Headers(request.headers)
  forwarded.set("content-security-policy", headers["Content-Security-Policy"]!)
  return withHeaders(localeRouting(new NextRequest(request, { headers: forwarded })), headers)
}

/** The storefront's own JSON endpoints render nothing and are framed by no one. */
const API_POLICY = "default-src 'none'; frame-ancestors 'none'"

function withHeaders(response: NextResponse, headers: Record<string, string>): NextResponse {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
  return response
}

export const config = {
  // Everything but Next internals and files with an extension.
  matcher: "/((?!_next|_vercel|.*\\..*).*)",
}
