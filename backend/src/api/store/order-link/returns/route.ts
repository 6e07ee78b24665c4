import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ReturnRequestInput } from "@helder/schemas"
import { linkedOrderId } from "../../../../lib/order-link"
import { requestReturnWorkflow } from "../../../../workflows/returns/request-return"

/** POST /store/order-link/returns — a guest returns items through the signed order link. */
export async function POST(req: MedusaRequest<ReturnRequestInput>, res: MedusaResponse) {
  const { result } = await requestReturnWorkflow(req.scope).run({
    input: { order_id: linkedOrderId(req), ...req.validatedBody },
  })
  res.status(201).json({ return: { id: result.id, status: result.status } })
}
