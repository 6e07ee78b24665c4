import { randomBytes } from "node:crypto"
import { NextResponse, type NextRequest } from "next/server"
import { analyticsBeaconSchema, deviceClass, pageTemplate } from "@helder/privacy"
import { invalidBody } from "@/lib/api-response"
import { cookieDefaults, getAccountSession, getConsentCookie, VISITOR_COOKIE } from "@/lib/cookies"
import { recordAnalyticsEvent } from "@/lib/data/analytics"
import { StoreApiError } from "@/lib/medusa"

/** Seconds until the next midnight in Amsterdam: the visitor key lives for one calendar day at most. */
function secondsUntilMidnight(now: Date): number {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Amsterdam",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).formatToParts(now)
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0)
  return Math.max(60, 24 * 3600 - (part("hour") * 3600 + part("minute") * 60 + part("second")))
}

/**
 * POST /api/analytics — one statistics event from the browser. Only with analytics in the consent
 * cookie (the backend checks the stored choice again); GPC refuses. The page becomes a template, the
 * user agent a device class, and the visitor a random key that is replaced every day.
 */
export async function POST(request: NextRequest) {
  const consent = await getConsentCookie()
  if (!consent?.categories.includes("analytics") || request.headers.get("sec-gpc") === "1") {
    return NextResponse.json({ message: "No analytics consent" }, { status: 403 })
  }
  const beacon = analyticsBeaconSchema.safeParse(await request.json().catch(() => null))
  if (!beacon.success) return invalidBody(beacon.error)

  const existing = request.cookies.get(VISITOR_COOKIE)?.value
  const visitorKey = existing && /^[0-9a-f]{32}$/.test(existing) ? existing : randomBytes(16).toString("hex")
  const path = pageTemplate(beacon.data.path)
  try {
    await recordAnalyticsEvent(
      {
        name: beacon.data.name,
        path,
        ...(beacon.data.product_id ? { product_id: beacon.data.product_id } : {}),
        device_class: deviceClass(request.headers.get("user-agent") ?? ""),
        visitor_key: visitorKey,
        locale: path.startsWith("/en") ? "en" : "nl",
      },
      consent.consentId,
      // Only so the backend can leave out a customer under a restriction or objection; the event never holds who it
      // was.
      await getAccountSession(),
    )
  } catch (error) {
    if (error instanceof StoreApiError && error.status < 500)
      return NextResponse.json({ message: error.message }, { status: error.status })
    throw error
  }
  const response = new NextResponse(null, { status: 204 })
  if (visitorKey !== existing) {
    response.cookies.set(VISITOR_COOKIE, visitorKey, { ...cookieDefaults, maxAge: secondsUntilMidnight(new Date()) })
  }
  return response
}
