import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { validBannerHashes, type ConsentChoice } from "@helder/privacy"
import { now } from "../../../lib/clock"
import { dataMap, expiryOfChoice, policyVersion } from "../../../lib/privacy"
import { recordConsentWorkflow } from "../../../workflows/consent/record-consent"
import { consentView } from "./view"

/**
 * POST /store/consents — records a cookie choice. Refused (400) when it names another policy version
 * than the one in force, or a text hash that is not of a banner text this shop shows.
 */
export async function POST(req: MedusaRequest<ConsentChoice>, res: MedusaResponse) {
  const choice = req.validatedBody
  const givenAt = now()
  if (choice.policy_version !== policyVersion()) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `policy_version: the policy in force is ${policyVersion()}; reload the page`)
  }
  if (!(await validBannerHashes(dataMap, choice.locale, givenAt)).has(choice.text_hash)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "text_hash: not the hash of a banner text of this policy version")
  }
  const { result } = await recordConsentWorkflow(req.scope).run({
    input: { ...choice, customer_id: req.helderCustomerId ?? null, given_at: givenAt, expires_at: expiryOfChoice(givenAt) },
  })
  res.status(201).json({ consent: consentView(result) })
}
