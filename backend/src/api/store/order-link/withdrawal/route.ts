import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { WithdrawalInput } from "@helder/schemas"
import { linkedOrderId } from "../../../../lib/order-link"
import { withdraw } from "../../../../lib/order-returns"

/** POST /store/order-link/withdrawal — a guest withdraws from the contract through the signed order link. */
export async function POST(req: MedusaRequest<WithdrawalInput>, res: MedusaResponse) {
  res.status(201).json(await withdraw(req.scope, linkedOrderId(req), req.validatedBody, "guest"))
}
