import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { ReturnRequestInput } from "@helder/schemas"
import { customerOrderId } from "../../../../order-view"
import { requestReturnWorkflow } from "../../../../../../workflows/returns/request-return"

/** POST /store/account/orders/:id/returns — return items of the customer's own order within the period. */
export async function POST(req: AuthenticatedMedusaRequest<ReturnRequestInput>, res: MedusaResponse) {
  const orderId = await customerOrderId(req.scope, req.auth_context.actor_id, req.params.id ?? "")
  if (!orderId) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Order not found")
  const { result } = await requestReturnWorkflow(req.scope).run({ input: { order_id: orderId, ...req.validatedBody } })
  res.status(201).json({ return: { id: result.id, status: result.status } })
}
