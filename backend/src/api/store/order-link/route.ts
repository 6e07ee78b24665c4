import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { readBackendEnv } from "../../../lib/env"
import { linkedOrderId, orderLinkToken } from "../../../lib/order-link"
import { orderView } from "../../../lib/order-view"

/** GET /store/order-link — the order behind a guest's signed link (token in x-helder-order-link); otherwise 404. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const view = await orderView(req.scope, linkedOrderId(req))
  if (!view) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This link is invalid or has expired")
  res.json(view)
}

/**
 * POST /store/order-link { cart_id } — the order link for the order a completed cart became. The cart id
 * is the shopper's secret (it never leaves their browser's cookie), so it proves who placed the order.
 */
export async function POST(req: MedusaRequest<{ cart_id: string }>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: req.validatedBody.cart_id } })
  const orderId = data[0]?.order_id
  if (!orderId) throw new MedusaError(MedusaError.Types.NOT_FOUND, "No order was placed with this cart")
  res.json({ order_id: orderId, token: orderLinkToken(orderId, readBackendEnv().ORDER_LINK_DAYS) })
}
