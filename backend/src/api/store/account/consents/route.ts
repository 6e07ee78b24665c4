import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CONSENT_MODULE } from "../../../../modules/consent"
import type ConsentModuleService from "../../../../modules/consent/service"
import { CONSENT_FIELDS, consentView, NEWEST_FIRST } from "../../../../modules/consent/consent-view"

/** GET /store/account/consents — the logged-in customer's cookie choices, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const consent: ConsentModuleService = req.scope.resolve(CONSENT_MODULE)
  const records = await consent.listConsentRecords(
    { customer_id: req.auth_context.actor_id },
    { select: CONSENT_FIELDS, order: NEWEST_FIRST },
  )
  res.json({ records: records.map(consentView) })
}
