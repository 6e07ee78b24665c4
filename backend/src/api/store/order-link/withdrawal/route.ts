import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { WithdrawalInput } from "@helder/schemas"
import { linkedOrderId } from "../../../../lib/order-link"
import { withdraw } from "../../../../lib/order-returns"
import { requestStatedAt } from "../../../../lib/withdrawal-statement-token"

/**
 * POST /store/order-link/withdrawal — a guest withdraws from the contract through the signed order link;
 * with the statement token of the mailed link, the period is judged at the moment the statement was sent.
 */
export async function POST(req: MedusaRequest<WithdrawalInput>, res: MedusaResponse) {
  const orderId = linkedOrderId(req)
  res.status(201).json(await withdraw(req.scope, orderId, req.validatedBody, "guest", requestStatedAt(req, orderId)))
}
