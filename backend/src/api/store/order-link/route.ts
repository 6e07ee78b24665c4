import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { OrderLinkAnswer, OrderView, Sent } from "@helder/contract"
import { MedusaError } from "@medusajs/framework/utils"
import { readBackendEnv } from "../../../lib/env"
import { linkedOrderId, orderLinkToken } from "../../../lib/order-link"
import { orderView } from "../order-view"
import { readStatementToken, WITHDRAWAL_STATEMENT_HEADER } from "../../../lib/withdrawal-statement-token"
import { claimOrderLinkWorkflow } from "../../../workflows/checkout/claim-order-link"

/**
 * GET /store/order-link — the order behind a guest's signed link (token in x-helder-order-link); otherwise
 * 404. With a valid statement token its window is judged at the statement's moment (one that is not this
 * order's is ignored here; the withdrawal itself refuses it).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<Sent<OrderView>>) {
  const orderId = linkedOrderId(req)
  const statement = req.headers[WITHDRAWAL_STATEMENT_HEADER]
  const statedAt = typeof statement === "string" ? readStatementToken(orderId, statement) : null
  const view = await orderView(req.scope, orderId, statedAt ?? undefined)
  if (!view) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This link is invalid or has expired")
  res.json(view)
}

/**
 * POST /store/order-link { cart_id } — the order link for the order a cart just became, handed out once
 * and only within minutes of completion (the storefront asks right after placing the order). Later
 * the cart id opens nothing: the shopper's link comes by mail.
 */
export async function POST(req: MedusaRequest<{ cart_id: string }>, res: MedusaResponse<OrderLinkAnswer>) {
  const { result: orderId } = await claimOrderLinkWorkflow(req.scope).run({
    input: { cart_id: req.validatedBody.cart_id },
  })
  if (!orderId) throw new MedusaError(MedusaError.Types.NOT_FOUND, "No order was placed with this cart just now")
  res.json({ order_id: orderId, token: orderLinkToken(orderId, readBackendEnv().ORDER_LINK_DAYS) })
}
