import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { WithdrawalInput } from "@helder/schemas"
import { linkedOrderId } from "../../../../lib/order-link"
import { requestStatedAt } from "../../../../lib/withdrawal-statement-token"
import { withdrawFromContractWorkflow } from "../../../../workflows/returns/withdraw-from-contract"
import { withdrawalAnswer, withdrawalInput } from "../../../../workflows/returns/withdrawal-answer"

/**
 * POST /store/order-link/withdrawal — a guest withdraws from the contract through the signed order link;
 * with the statement token of the mailed link, the period is judged at the moment the statement was sent.
 */
export async function POST(req: MedusaRequest<WithdrawalInput>, res: MedusaResponse) {
  const orderId = linkedOrderId(req)
  const input = withdrawalInput(orderId, req.validatedBody, "guest", requestStatedAt(req, orderId))
  const { result } = await withdrawFromContractWorkflow(req.scope).run({ input })
  res.status(201).json(withdrawalAnswer(result))
}
