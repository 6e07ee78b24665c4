import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ReturnRequestInput } from "@helder/schemas"
import { linkedOrderId } from "../../../../lib/order-link"
import { requestReturn } from "../../../../lib/order-returns"

/** POST /store/order-link/returns — a guest returns items through the signed order link. */
export async function POST(req: MedusaRequest<ReturnRequestInput>, res: MedusaResponse) {
  res.status(201).json(await requestReturn(req.scope, linkedOrderId(req), req.validatedBody))
}
