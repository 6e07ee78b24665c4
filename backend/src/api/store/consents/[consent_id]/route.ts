import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { consentIdSchema } from "@helder/privacy"
import { CONSENT_MODULE } from "../../../../modules/consent"
import type ConsentModuleService from "../../../../modules/consent/service"
import { CONSENT_FIELDS, consentView } from "../view"

/**
 * GET /store/consents/:consent_id — the history of one consent id, newest first: the "copy of the
 * cookie" the seed promises, for anyone who holds the id (a random UUID only their cookie knows).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const consentId = req.params.consent_id ?? ""
  const consent: ConsentModuleService = req.scope.resolve(CONSENT_MODULE)
  // A malformed id cannot have a record: the same 404 as an unknown one.
  const records = consentIdSchema.safeParse(consentId).success ? await consent.listConsentRecords({ consent_id: consentId }, { select: CONSENT_FIELDS, order: { given_at: "DESC" } }) : []
  if (!records.length) {
    res.status(404).json({ type: "not_found", message: "No consent record with this id" })
    return
  }
  res.json({ consent_id: consentId, records: records.map(consentView) })
}
