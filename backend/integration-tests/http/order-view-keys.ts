import type {
  InvoiceSummary,
  OrderView,
  OrderViewAddress,
  OrderViewItem,
  OrderViewOrder,
  OrderWindow,
  WindowItem,
  WithdrawalSummary,
} from "@helder/contract"

/** Every key of `T`, and no other: the compiler holds each list below to the contract's type. */
type KeysOf<T> = Record<keyof T, true>
const VIEW: KeysOf<OrderView> = { order: true, window: true, withdrawals: true, invoices: true }
const ORDER: KeysOf<OrderViewOrder> = {
  id: true,
  display_id: true,
  created_at: true,
  email: true,
  currency_code: true,
  total: true,
  subtotal: true,
  tax_total: true,
  shipping_total: true,
  item_total: true,
  items: true,
  shipping_address: true,
  fulfillments: true,
  returns: true,
}
const ITEM: KeysOf<OrderViewItem> = {
  id: true,
  product_title: true,
  variant_title: true,
  quantity: true,
  unit_price: true,
  total: true,
}
const ADDRESS: KeysOf<OrderViewAddress> = {
  first_name: true,
  last_name: true,
  address_1: true,
  postal_code: true,
  city: true,
  country_code: true,
  phone: true,
}
const FULFILLMENT: KeysOf<NonNullable<OrderViewOrder["fulfillments"]>[number]> = {
  shipped_at: true,
  delivered_at: true,
}
const RETURN: KeysOf<NonNullable<OrderViewOrder["returns"]>[number]> = {
  id: true,
  status: true,
  created_at: true,
  received_at: true,
}
const WINDOW: KeysOf<OrderWindow> = {
  delivered_at: true,
  deadline: true,
  can_withdraw: true,
  can_return: true,
  closed: true,
  items: true,
}
const WINDOW_ITEM: KeysOf<WindowItem> = { id: true, withdrawable: true, returnable: true, sent: true }
const WITHDRAWAL: KeysOf<WithdrawalSummary> = { id: true, return_id: true, submitted_at: true }
const INVOICE: KeysOf<InvoiceSummary> = {
  id: true,
  kind: true,
  number: true,
  issued_at: true,
  corrects_number: true,
  total: true,
  currency_code: true,
}

/**
 * Fails unless an order route's answer has exactly the keys of the contract's `OrderView` at every level, so
 * nothing else of Medusa's order (its metadata, customer id, status, line details) reaches the shopper.
 */
export function expectExactOrderView(view: any) {
  const keys = (value: object) => Object.keys(value).sort()
  const each = (list: object[] | null, shape: object) =>
    list?.forEach((entry) => expect(keys(entry)).toEqual(keys(shape)))
  expect(keys(view)).toEqual(keys(VIEW))
  expect(keys(view.order)).toEqual(keys(ORDER))
  each(view.order.items, ITEM)
  if (view.order.shipping_address) expect(keys(view.order.shipping_address)).toEqual(keys(ADDRESS))
  each(view.order.fulfillments, FULFILLMENT)
  each(view.order.returns, RETURN)
  expect(keys(view.window)).toEqual(keys(WINDOW))
  each(view.window.items, WINDOW_ITEM)
  each(view.withdrawals, WITHDRAWAL)
  each(view.invoices, INVOICE)
}
