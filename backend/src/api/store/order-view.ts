import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { OrderView, OrderViewAddress, Sent } from "@helder/contract"
import { WITHDRAWAL_MODULE } from "../../modules/withdrawal"
import type WithdrawalModuleService from "../../modules/withdrawal/service"
import { now } from "../../lib/clock"
import { type DocumentSummary, listOrderDocuments } from "../invoice-documents"
import {
  type ItemAllowance,
  ORDER_WINDOW_FIELDS,
  orderWindow,
  type WindowOrder,
  type WithdrawalWindow,
} from "../../returns/withdrawal-window"

/** The order's fields the view shows, and those its withdrawal window is judged on (which it does not show). */
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

/** Query hands amounts as Medusa's BigNumber (typed as numbers); `Number` turns either into the number JSON sends. */
type Amount = number | { valueOf(): number }
type Moment = string | Date
type Optional<T> = T | null | undefined

/** The order as Query returns it with ORDER_VIEW_FIELDS: what the view shows, as Medusa's graph types it. */
export type OrderRow = WindowOrder & {
  id: string
  display_id?: Optional<number | string>
  created_at: Moment
  email?: Optional<string>
  currency_code: string
  total: Amount
  subtotal: Amount
  tax_total: Amount
  shipping_total: Amount
  item_total: Amount
  items?: Optional<
    Optional<{
      id: string
      product_title?: Optional<string>
      variant_title?: Optional<string>
      quantity: Amount
      unit_price: Amount
      total?: Optional<Amount>
    }>[]
  >
  shipping_address?: Optional<AddressRow>
  fulfillments?: Optional<Optional<{ shipped_at?: Optional<Moment>; delivered_at?: Optional<Moment> }>[]>
  returns?: Optional<
    Optional<{ id: string; status: string; created_at?: Optional<Moment>; received_at?: Optional<Moment> }>[]
  >
}

/** An address as Medusa's order or customer module holds it: the fields a page shows, among others. */
type AddressRow = { [K in keyof OrderViewAddress]?: Optional<string> }

/** The fields of an address that an order page and the address book show, and no others (no metadata, no company). */
export function addressView(address: AddressRow): OrderViewAddress {
  return {
    first_name: address.first_name ?? null,
    last_name: address.last_name ?? null,
    address_1: address.address_1 ?? null,
    postal_code: address.postal_code ?? null,
    city: address.city ?? null,
    country_code: address.country_code ?? null,
    phone: address.phone ?? null,
  }
}

/** A withdrawal notice with the fields the view lists. */
type NoticeRow = { id: string; return_id?: Optional<string>; submitted_at: Moment }

const present = <T>(list: Optional<Optional<T>[]>): T[] | null =>
  list ? list.flatMap((entry) => (entry ? [entry] : [])) : null

/**
 * The answer of both order routes, field by field: exactly `OrderView`, so what the graph reads only to judge
 * the window (status, line details, cancelled deliveries) and whatever a record carries besides never reaches
 * the shopper.
 */
export function toOrderView(
  order: OrderRow,
  window: WithdrawalWindow & { items: ItemAllowance[] },
  invoices: DocumentSummary[],
  withdrawals: NoticeRow[],
): Sent<OrderView> {
  return {
    order: {
      id: order.id,
      display_id: order.display_id ?? null,
      created_at: order.created_at,
      email: order.email ?? null,
      currency_code: order.currency_code,
      total: Number(order.total),
      subtotal: Number(order.subtotal),
      tax_total: Number(order.tax_total),
      shipping_total: Number(order.shipping_total),
      item_total: Number(order.item_total),
      items:
        present(order.items)?.map((item) => ({
          id: item.id,
          product_title: item.product_title ?? null,
          variant_title: item.variant_title ?? null,
          quantity: Number(item.quantity),
          unit_price: Number(item.unit_price),
          // The graph types a line's total and a return's creation as optional; asked for, they are always set.
          total: Number(item.total ?? 0),
        })) ?? null,
      shipping_address: order.shipping_address ? addressView(order.shipping_address) : null,
      fulfillments:
        present(order.fulfillments)?.map((fulfillment) => ({
          shipped_at: fulfillment.shipped_at ?? null,
          delivered_at: fulfillment.delivered_at ?? null,
        })) ?? null,
      returns:
        present(order.returns)?.map((ret) => ({
          id: ret.id,
          status: ret.status,
          created_at: ret.created_at ?? "",
          received_at: ret.received_at ?? null,
        })) ?? null,
    },
    window: {
      delivered_at: window.delivered_at,
      deadline: window.deadline,
      can_withdraw: window.can_withdraw,
      can_return: window.can_return,
      closed: window.closed,
      items: window.items.map(({ id, withdrawable, returnable, sent }) => ({ id, withdrawable, returnable, sent })),
    },
    withdrawals: withdrawals.map((notice) => ({
      id: notice.id,
      return_id: notice.return_id ?? null,
      submitted_at: notice.submitted_at,
    })),
    invoices: invoices.map((document) => ({
      id: document.id,
      kind: document.kind,
      number: document.number,
      issued_at: document.issued_at,
      corrects_number: document.corrects_number,
      total: document.total,
      currency_code: document.currency_code,
    })),
  }
}

/**
 * What the shopper's order page shows: the order, its delivery state, the withdrawal window with what
 * each line still allows, its returns and withdrawals, and its invoices and credit notes. The window is
 * judged at `at` when a withdrawal statement was sent then, else now.
 */
export async function orderView(
  scope: MedusaContainer,
  orderId: string,
  at: Date = now(),
): Promise<Sent<OrderView> | null> {
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
        { select: ["id", "return_id", "submitted_at"], order: { submitted_at: "ASC" } },
      ),
  ])
  return toOrderView(order, orderWindow(order, at), invoices, withdrawals)
}
