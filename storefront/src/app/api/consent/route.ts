import { NextResponse, type NextRequest } from "next/server"
import { allServices, consentChoiceSchema } from "@helder/privacy"
import { invalidBody } from "@/lib/api-response"
import { CONSENT_PROOF_COOKIE, CONSENT_PROOF_MAX_AGE, cookieDefaults } from "@/lib/cookies"
import { recordConsent } from "@/lib/data/consent"
import { StoreApiError } from "@/lib/medusa"
import { dataMap } from "@/lib/privacy"

/**
 * POST /api/consent — the banner's choice, passed on to the backend as proof, and the cookies of what
 * it refuses deleted. The backend's proof that this browser holds the consent id is kept in an
 * httpOnly cookie and sent with every later choice (a 404 means the id is another browser's). A
 * browser that sends Sec-GPC: 1 is recorded with GPC on, so it can never be stored as consenting to
 * analytics or marketing.
 */
export async function POST(request: NextRequest) {
  const body: unknown = await request.json().catch(() => null)
  const gpcHeader = request.headers.get("sec-gpc") === "1"
  const parsed = consentChoiceSchema.safeParse(
    body && typeof body === "object" ? { ...body, ...(gpcHeader ? { gpc: true } : {}) } : body,
  )
  if (!parsed.success) return invalidBody(parsed.error)
  try {
    const { consent, proof } = await recordConsent(parsed.data)
    const response = NextResponse.json({ consent }, { status: 201 })
    response.cookies.set(CONSENT_PROOF_COOKIE, proof, { ...cookieDefaults, maxAge: CONSENT_PROOF_MAX_AGE })
    // The banner script deletes refused categories' script cookies; the shop's own httpOnly ones
    // (the statistics' visitor key) only the server can delete.
    for (const service of allServices(dataMap)) {
      if (service.party !== "first-party" || parsed.data.categories.includes(service.category)) continue
      for (const cookie of service.cookies)
        if (!cookie.pattern && request.cookies.has(cookie.name)) response.cookies.delete(cookie.name)
    }
    return response
  } catch (error) {
    if (error instanceof StoreApiError && error.status < 500)
      return NextResponse.json({ message: error.message }, { status: error.status })
    throw error
  }
}
