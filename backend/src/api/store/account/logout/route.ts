import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { logOutCustomerWorkflow } from "../../../../workflows/account/log-out-customer"

/** POST /store/account/logout — revokes the session the request came with. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await logOutCustomerWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, session_id: req.helderSessionId },
  })
  res.json({ logged_out: true })
}
