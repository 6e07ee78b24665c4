import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { AnalyticsEvent } from "@helder/privacy"
import { now } from "../../../../lib/clock"
import { subjectHash } from "../../../../personal-data/data-subject"
import { PRIVACY_REQUEST_MODULE } from "../../../../modules/privacy-request"
import type PrivacyRequestModuleService from "../../../../modules/privacy-request/service"
import { recordAnalyticsEventWorkflow } from "../../../../workflows/analytics/record-analytics-event"

/**
 * POST /store/analytics/events — counts one event; the middleware has checked the analytics consent.
 * The database keeps its time to the hour only (see the module's migrations). A logged-in customer under
 * a restriction (art. 18(2)) or objection (art. 21; statistics rest on consent, art. 7(3)) is not counted;
 * who they are is only checked, never stored with the event.
 */
export async function POST(req: MedusaRequest<AnalyticsEvent>, res: MedusaResponse) {
  if (req.helderCustomerId) {
    // By account and by its address: a restriction asked for by guest form or letter names only the address.
    const { email } = await req.scope
      .resolve(Modules.CUSTOMER)
      .retrieveCustomer(req.helderCustomerId, { select: ["email"] })
    const limits = await req.scope
      .resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
      .limitsOf({ customer_id: req.helderCustomerId, subject_hash: email ? subjectHash(email) : null })
    if (limits.restricted || limits.objected) {
      res.status(202).json({ counted: false })
      return
    }
  }
  await recordAnalyticsEventWorkflow(req.scope).run({ input: { ...req.validatedBody, occurred_at: now() } })
  res.status(202).json({ counted: true })
}
