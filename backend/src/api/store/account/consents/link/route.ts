import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { linkConsentsToCustomerWorkflow } from "../../../../../workflows/consent/link-consents-to-customer"

/** POST /store/account/consents/link — after a login, the browser's earlier choices join the customer's history. */
export async function POST(req: AuthenticatedMedusaRequest<{ consent_id: string }>, res: MedusaResponse) {
  const { result } = await linkConsentsToCustomerWorkflow(req.scope).run({
    input: { consent_id: req.validatedBody.consent_id, customer_id: req.auth_context.actor_id },
  })
  res.json({ linked: result })
}
