import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { consentIdSchema, type ConsentChoice } from "@helder/privacy"
import { now } from "../../../lib/clock"
import { consentProof, holdsConsentId } from "./proof"
import { expiryOfChoice } from "../../../lib/data-map"
import { recordConsentWorkflow } from "../../../workflows/consent/record-consent"
import { CONSENT_MODULE } from "../../../modules/consent"
import type ConsentModuleService from "../../../modules/consent/service"
import { CONSENT_FIELDS, consentView, NEWEST_FIRST } from "../../../modules/consent/consent-view"
import { HEADERS } from "@helder/contract"

/**
 * POST /store/consents — records a cookie choice. Refused (400) when it names another policy version
 * than the one in force, or a text hash that is not of a banner text this shop shows. A consent id
 * that already has choices takes more only with the proof its first choice returned: someone who
 * learned the id (it is shown in the settings) cannot add choices to another browser's record (404,
 * as for an unknown id). The answer carries the proof, for the storefront's httpOnly cookie.
 */
export async function POST(req: MedusaRequest<ConsentChoice>, res: MedusaResponse) {
  const choice = req.validatedBody
  const consent: ConsentModuleService = req.scope.resolve(CONSENT_MODULE)
  const [earlier] = await consent.listConsentRecords({ consent_id: choice.consent_id }, { select: ["id"], take: 1 })
  if (earlier && !holdsConsentId(req, choice.consent_id)) {
    res.status(404).json({ type: "not_found", message: "No consent record of this browser has this id" })
    return
  }
  const givenAt = now()
  const inForce = await consent.policyVersion()
  if (choice.policy_version !== inForce) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `policy_version: the policy in force is ${inForce}; reload the page`,
    )
  }
  if (!(await consent.bannerHashesInForce(choice.locale)).has(choice.text_hash)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "text_hash: not the hash of a banner text of this policy version",
    )
  }
  const { result } = await recordConsentWorkflow(req.scope).run({
    input: {
      ...choice,
      customer_id: req.helderCustomerId ?? null,
      given_at: givenAt,
      expires_at: expiryOfChoice(givenAt),
    },
  })
  res.status(201).json({ consent: consentView(result), proof: consentProof(choice.consent_id) })
}

/**
 * GET /store/consents — the history of the consent id in the `x-helder-consent` header, newest first:
 * the "copy of the cookie" the seed promises, for whoever holds the id (a random UUID only their
 * cookie knows). A header, not the path, so the id stays out of request logs.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const consentId = consentIdSchema.safeParse(req.headers[HEADERS.consent])
  const consent: ConsentModuleService = req.scope.resolve(CONSENT_MODULE)
  // A missing or malformed id cannot have a record: the same 404 as an unknown one.
  const records = consentId.success
    ? await consent.listConsentRecords({ consent_id: consentId.data }, { select: CONSENT_FIELDS, order: NEWEST_FIRST })
    : []
  if (!consentId.success || !records.length) {
    res.status(404).json({ type: "not_found", message: "No consent record with this id" })
    return
  }
  res.json({ consent_id: consentId.data, records: records.map(consentView) })
}
