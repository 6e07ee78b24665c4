import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { OrderView, Sent } from "@helder/contract"
import { MedusaError } from "@medusajs/framework/utils"
import { customerOrderId, orderView } from "../../../order-view"

/** GET /store/account/orders/:id — one of the customer's own orders with its invoices; anyone else's is a 404. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<Sent<OrderView>>) {
  const orderId = await customerOrderId(req.scope, req.auth_context.actor_id, req.params.id ?? "")
  const view = orderId ? await orderView(req.scope, orderId) : null
  if (!view) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Order not found")
  res.json(view)
}
