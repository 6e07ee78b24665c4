/**
 * What Helder's own store routes answer (backend/src/api/store/**), as the storefront receives them:
 * moments are ISO strings. Route handlers declare `MedusaResponse<Sent<…>>`, the storefront's data
 * functions read the same type, so neither side keeps a copy of the other's shape.
 */

/** What a handler may send for an answer `T`: a `Date` where the answer holds a string, as JSON turns it into one. */
export type Sent<T> = T extends string
  ? T | Date
  : T extends (infer E)[]
    ? Sent<E>[]
    : T extends object
      ? { [K in keyof T]: Sent<T[K]> }
      : T

/** An invoice or credit note as the order page lists it; `total` in cents (negative for credit notes). */
export type InvoiceSummary = {
  id: string
  kind: "invoice" | "credit_note"
  number: string
  issued_at: string
  corrects_number: string | null
  total: number
  currency_code: string
}

/** What one order line still allows in the withdrawal period. */
export type WindowItem = { id: string; withdrawable: number; returnable: number; sent: number }

/** Where the order stands in its 14-day period, and what each line still allows. */
export type OrderWindow = {
  delivered_at: string | null
  deadline: string | null
  can_withdraw: boolean
  can_return: boolean
  /** Why withdrawing is no longer possible: the period ran out, the order was cancelled, or nothing is left. */
  closed: "expired" | "canceled" | "settled" | null
  items: WindowItem[]
}

/** A withdrawal statement made on an order, and the return it opened. */
export type WithdrawalSummary = { id: string; return_id: string | null; submitted_at: string }

/** One line of an order as the order page shows it; amounts in the order's currency. */
export type OrderViewItem = {
  id: string
  product_title: string | null
  variant_title: string | null
  quantity: number
  unit_price: number
  total: number
}

/** The delivery address as the order page shows it. */
export type OrderViewAddress = {
  first_name: string | null
  last_name: string | null
  address_1: string | null
  postal_code: string | null
  city: string | null
  country_code: string | null
  phone: string | null
}

/** The fields of an order the order routes select, and nothing more. */
export type OrderViewOrder = {
  id: string
  /** The order number; Medusa's graph types say string, its JSON says number. */
  display_id: number | string | null
  created_at: string
  email: string | null
  currency_code: string
  total: number
  subtotal: number
  tax_total: number
  shipping_total: number
  item_total: number
  items: OrderViewItem[] | null
  shipping_address: OrderViewAddress | null
  fulfillments: { shipped_at: string | null; delivered_at: string | null }[] | null
  returns: { id: string; status: string; created_at: string; received_at: string | null }[] | null
}

/**
 * GET /store/account/orders/:id and GET /store/order-link: the order, its window, its withdrawals and its
 * invoices and credit notes.
 */
export type OrderView = {
  order: OrderViewOrder
  window: OrderWindow
  withdrawals: WithdrawalSummary[]
  invoices: InvoiceSummary[]
}

/** POST /store/order-link: the signed link of the order a cart just became, handed out once. */
export type OrderLinkAnswer = { order_id: string; token: string }

/** POST /store/account/login: Medusa's bearer token and the secret of the new server-side session. */
export type LoginAnswer = { token: string; session: string; expires_at: string }

/** An address of the customer's address book: the fields an order page shows, and which one is the default. */
export type AccountAddress = OrderViewAddress & { id: string; is_default_shipping: boolean }

/** GET and POST /store/account/me: the customer with addresses and Helder's profile fields. */
export type AccountAnswer = {
  customer: {
    id: string
    email: string
    first_name: string | null
    last_name: string | null
    phone: string | null
    created_at: string
    birth_date: string | null
    email_verified_at: string | null
    addresses: AccountAddress[]
  }
}

/** GET and DELETE /store/account/newsletter: where the customer's subscription stands. */
export type NewsletterStatusAnswer = { status: string }

/** POST /store/account/erasure: the erasure is scheduled; it runs at `scheduled_for` unless undone. */
export type ErasureScheduledAnswer = { request_id: string; scheduled_for: string }
