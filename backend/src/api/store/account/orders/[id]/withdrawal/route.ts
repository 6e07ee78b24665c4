import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { WithdrawalInput } from "@helder/schemas"
import { customerOrderId } from "../../../../order-view"
import { withdrawFromContractWorkflow } from "../../../../../../workflows/returns/withdraw-from-contract"
import { withdrawalAnswer, withdrawalInput } from "../../../../../../workflows/returns/withdrawal-answer"

/** POST /store/account/orders/:id/withdrawal — the customer withdraws from the contract (art. 11a). */
export async function POST(req: AuthenticatedMedusaRequest<WithdrawalInput>, res: MedusaResponse) {
  const orderId = await customerOrderId(req.scope, req.auth_context.actor_id, req.params.id ?? "")
  if (!orderId) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Order not found")
  const input = withdrawalInput(orderId, req.validatedBody, "customer")
  const { result } = await withdrawFromContractWorkflow(req.scope).run({ input })
  res.status(201).json(withdrawalAnswer(result))
}
