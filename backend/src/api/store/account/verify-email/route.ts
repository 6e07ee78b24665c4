import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { verifyCustomerEmailWorkflow } from "../../../../workflows/account/verify-customer-email"

/** POST /store/account/verify-email — spends a verification link; 404 when invalid, used or expired. */
export async function POST(req: MedusaRequest<{ token: string }>, res: MedusaResponse) {
  const { result } = await verifyCustomerEmailWorkflow(req.scope).run({ input: { token: req.validatedBody.token } })
  res.json({ verified: true, claimed_orders: result.claimed_orders.length })
}
