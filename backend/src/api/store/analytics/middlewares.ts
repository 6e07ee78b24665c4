import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { analyticsEventSchema, consentIdSchema } from "@helder/privacy"
import { clientIp } from "../../../lib/client-ip"
import { optionalCustomerSession } from "../customer-session"
import { readBackendEnv } from "../../../lib/env"
import { CONSENT_MODULE } from "../../../modules/consent"
import type ConsentModuleService from "../../../modules/consent/service"
import { createLimiter, rateLimit } from "../../../lib/rate-limit"
import { validateBody, validateQuery } from "../../../lib/validation"
import { analyticsReportQuery } from "../../admin/analytics/query"
import { HEADERS } from "@helder/contract"

/** The header the storefront passes the visitor's consent id in. */
export const CONSENT_HEADER = HEADERS.consent

/**
 * Checked on the server, not only in the browser: an event counts only when its consent id's latest
 * choice, under the policy in force and not expired, includes analytics. Otherwise 403.
 */
async function requireAnalyticsConsent(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const header = req.headers[CONSENT_HEADER]
  const consentId = consentIdSchema.safeParse(header)
  if (
    !consentId.success ||
    !(await req.scope.resolve<ConsentModuleService>(CONSENT_MODULE).consentGrants(consentId.data, "analytics"))
  ) {
    res.status(403).json({ type: "not_allowed", message: "No analytics consent for this visitor" })
    return
  }
  next()
}

const env = readBackendEnv()
/** A browser sends a few events per page; more than this per consent id, or per address, is not a shopper. */
const eventLimit = rateLimit(createLimiter("analytics", 600, 3600), (req) => [
  `consent:${String(req.headers[CONSENT_HEADER] ?? "none")}`,
  `ip:${clientIp(req, env)}`,
])

/** Statistics: the consent-gated event intake and the staff report. */
export const analyticsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/analytics/events",
    middlewares: [validateBody(analyticsEventSchema), requireAnalyticsConsent, eventLimit, optionalCustomerSession()],
  },
  { method: ["GET"], matcher: "/admin/analytics", middlewares: [validateQuery(analyticsReportQuery)] },
]
