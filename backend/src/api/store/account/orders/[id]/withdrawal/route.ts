import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { WithdrawalInput } from "@helder/schemas"
import { withdraw } from "../../../../../../lib/order-returns"
import { customerOrderId } from "../../../../../../lib/order-view"

/** POST /store/account/orders/:id/withdrawal — the customer withdraws from the contract (art. 11a). */
export async function POST(req: AuthenticatedMedusaRequest<WithdrawalInput>, res: MedusaResponse) {
  const orderId = await customerOrderId(req.scope, req.auth_context.actor_id, req.params.id ?? "")
  if (!orderId) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Order not found")
  res.status(201).json(await withdraw(req.scope, orderId, req.validatedBody, "customer"))
}
