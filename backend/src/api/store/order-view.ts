import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { WITHDRAWAL_MODULE } from "../../modules/withdrawal"
import type WithdrawalModuleService from "../../modules/withdrawal/service"
import { now } from "../../lib/clock"
import { listOrderDocuments } from "../invoice-documents"
import { ORDER_WINDOW_FIELDS, orderWindow } from "../../returns/withdrawal-window"

const ORDER_VIEW_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "email",
  "currency_code",
  "total",
  "subtotal",
  "tax_total",
  "shipping_total",
  "item_total",
  "items.id",
  "items.product_title",
  "items.variant_title",
  "items.quantity",
  "items.unit_price",
  "items.total",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.address_1",
  "shipping_address.postal_code",
  "shipping_address.city",
  "shipping_address.country_code",
  "shipping_address.phone",
  "fulfillments.shipped_at",
  ...ORDER_WINDOW_FIELDS,
  "returns.id",
  "returns.status",
  "returns.created_at",
  "returns.received_at",
]

/**
 * The order id if the order is this customer's; null otherwise, so another customer's order is a 404
 * exactly like one that does not exist.
 */
export async function customerOrderId(
  scope: MedusaContainer,
  customerId: string,
  orderId: string,
): Promise<string | null> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id"],
    filters: { id: orderId, customer_id: customerId },
  })
  return data[0]?.id ?? null
}

/**
 * What the shopper's order page shows: the order, its delivery state, the withdrawal window with what
 * each line still allows, its returns and withdrawals, and its invoices and credit notes. The window is
 * judged at `at` when a withdrawal statement was sent then, else now.
 */
export async function orderView(scope: MedusaContainer, orderId: string, at: Date = now()) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_VIEW_FIELDS, filters: { id: orderId } })
  const order = data[0]
  if (!order) return null
  const [invoices, withdrawals] = await Promise.all([
    listOrderDocuments(scope, orderId),
    scope
      .resolve<WithdrawalModuleService>(WITHDRAWAL_MODULE)
      .listWithdrawalNotices(
        { order_id: orderId },
        { select: ["id", "return_id", "submitted_at", "acknowledged_at"], order: { submitted_at: "ASC" } },
      ),
  ])
  return { order, window: orderWindow(order, at), invoices, withdrawals }
}
