import { NextResponse, type NextRequest } from "next/server"
import { allServices, consentChoiceSchema } from "@helder/privacy"
import { invalidBody } from "@/lib/api-response"
import { recordConsent } from "@/lib/data/consent"
import { StoreApiError } from "@/lib/medusa"
import { dataMap } from "@/lib/privacy"

/**
 * POST /api/consent — the banner's choice, passed on to the backend as proof, and the cookies of what
 * it refuses deleted. A browser that sends Sec-GPC: 1 is recorded with GPC on, so it can never be
 * stored as consenting to analytics or marketing.
 */
export async function POST(request: NextRequest) {
  const body: unknown = await request.json().catch(() => null)
  const gpcHeader = request.headers.get("sec-gpc") === "1"
  const parsed = consentChoiceSchema.safeParse(body && typeof body === "object" ? { ...body, ...(gpcHeader ? { gpc: true } : {}) } : body)
  if (!parsed.success) return invalidBody(parsed.error)
  try {
    const response = NextResponse.json({ consent: await recordConsent(parsed.data) }, { status: 201 })
    // The banner script deletes refused categories' script cookies; the shop's own httpOnly ones
    // (the statistics' visitor key) only the server can delete.
    for (const service of allServices(dataMap)) {
      if (service.party !== "first-party" || parsed.data.categories.includes(service.category)) continue
      for (const cookie of service.cookies) if (!cookie.pattern && request.cookies.has(cookie.name)) response.cookies.delete(cookie.name)
    }
    return response
  } catch (error) {
    if (error instanceof StoreApiError && error.status < 500) return NextResponse.json({ message: error.message }, { status: error.status })
    throw error
  }
}
