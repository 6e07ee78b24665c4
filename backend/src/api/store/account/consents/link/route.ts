import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { linkConsentsToCustomerWorkflow } from "../../../../../workflows/consent/link-consents-to-customer"
import { holdsConsentId } from "../../../consents/proof"

/**
 * POST /store/account/consents/link — after a login, the browser's earlier choices join the customer's
 * history; only with the proof of the consent id, so nobody links a stranger's choices to themselves.
 */
export async function POST(req: AuthenticatedMedusaRequest<{ consent_id: string }>, res: MedusaResponse) {
  if (!holdsConsentId(req, req.validatedBody.consent_id)) {
    res.status(404).json({ type: "not_found", message: "No consent record of this browser has this id" })
    return
  }
  const { result } = await linkConsentsToCustomerWorkflow(req.scope).run({
    input: { consent_id: req.validatedBody.consent_id, customer_id: req.auth_context.actor_id },
  })
  res.json({ linked: result })
}
