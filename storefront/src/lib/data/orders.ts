import "server-only"
import { cache } from "react"
import type { Locale, OrderLinkAnswer, OrderView } from "@helder/contract"
import {
  INVOICE_DOCUMENT_ID_PATTERN,
  ORDER_ID_PATTERN,
  ORDER_LINK_TOKEN_PATTERN,
  WITHDRAWAL_STATEMENT_TOKEN_PATTERN,
  type WithdrawalLinkRequest,
} from "@helder/schemas"
import { getAccountSession, getPlacedOrderLink } from "../cookies"
import { StoreApiError, storeDownload, storeFetch } from "../medusa"

/**
 * Which order a shopper acts on: their own (logged in) or the one behind a signed link (guest). A link
 * mailed by the public withdrawal function adds the signed moment of the statement.
 */
export type OrderTarget = { kind: "account"; orderId: string } | { kind: "link"; token: string; statement?: string }

/** A statement token from a page's address, kept only when it has the shape the backend signs. */
export function statementFromQuery(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" && WITHDRAWAL_STATEMENT_TOKEN_PATTERN.test(value) ? value : undefined
}

/** The order page of a target, under the locale. */
export function orderPath(target: OrderTarget, locale: string): string {
  return target.kind === "account"
    ? `/${locale}/account/orders/${target.orderId}`
    : `/${locale}/order-link/${target.token}`
}

/** The promise-ledger surface of a target's order pages: the account's; an order link's pages are no surface. */
export function promiseScopeOf(target: OrderTarget): "account" | undefined {
  return target.kind === "account" ? "account" : undefined
}

/** The view of a target's order; null when it is not the caller's or the link is bad. */
export async function getOrderView(target: OrderTarget): Promise<OrderView | null> {
  return target.kind === "account"
    ? getAccountOrderView(target.orderId)
    : getOrderLinkView(target.token, target.statement)
}

/** POSTs a return request or withdrawal for a target's order; the backend checks window and ownership. */
export async function postOrderAction<T>(
  target: OrderTarget,
  action: "returns" | "withdrawal",
  body: unknown,
): Promise<T> {
  if (target.kind === "account") {
    if (!ORDER_ID_PATTERN.test(target.orderId)) throw new StoreApiError(404, "Order not found")
    return storeFetch<T>(`/store/account/orders/${target.orderId}/${action}`, {
      method: "POST",
      body,
      auth: await getAccountSession(),
    })
  }
  if (!ORDER_LINK_TOKEN_PATTERN.test(target.token)) throw new StoreApiError(404, "This link is invalid or has expired")
  return storeFetch<T>(`/store/order-link/${action}`, {
    method: "POST",
    body,
    orderLink: target.token,
    withdrawalStatement: target.statement,
  })
}

async function orNotFound<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request
  } catch (error) {
    if (error instanceof StoreApiError && (error.status === 404 || error.status === 401)) return null
    throw error
  }
}

/**
 * One of the logged-in customer's orders; null for anyone else's (the page answers 404). Cached per
 * request: a page's metadata and body ask for the same order once.
 */
export const getAccountOrderView = cache(async (orderId: string): Promise<OrderView | null> => {
  const auth = await getAccountSession()
  if (!auth || !ORDER_ID_PATTERN.test(orderId)) return null
  return orNotFound(storeFetch<OrderView>(`/store/account/orders/${orderId}`, { auth }))
})

/**
 * The order behind a guest's signed link; null when the link is invalid or expired. With a statement, its
 * window is judged at the moment the statement was sent. Cached per request.
 */
export const getOrderLinkView = cache(async (token: string, statement?: string): Promise<OrderView | null> => {
  if (!ORDER_LINK_TOKEN_PATTERN.test(token)) return null
  return orNotFound(storeFetch<OrderView>("/store/order-link", { orderLink: token, withdrawalStatement: statement }))
})

/** The order this browser just placed (its cookie holds the order's link), or null. */
export async function getPlacedOrderView(): Promise<OrderView | null> {
  const token = await getPlacedOrderLink()
  return token ? getOrderLinkView(token) : null
}

/** The signed link of the order a completed cart became; the cart id proves this browser placed it. */
export async function createOrderLink(cartId: string): Promise<string> {
  const { token } = await storeFetch<OrderLinkAnswer>("/store/order-link", {
    method: "POST",
    body: { cart_id: cartId },
  })
  return token
}

/** The PDF of a document of the customer's own order, or null. */
export async function downloadAccountInvoice(orderId: string, documentId: string): Promise<Response | null> {
  const auth = await getAccountSession()
  if (!auth || !ORDER_ID_PATTERN.test(orderId) || !INVOICE_DOCUMENT_ID_PATTERN.test(documentId)) return null
  return storeDownload(`/store/account/orders/${orderId}/invoices/${documentId}`, { auth })
}

/** The PDF of a document of the order behind a signed link, or null. */
export async function downloadOrderLinkInvoice(token: string, documentId: string): Promise<Response | null> {
  if (!ORDER_LINK_TOKEN_PATTERN.test(token) || !INVOICE_DOCUMENT_ID_PATTERN.test(documentId)) return null
  return storeDownload(`/store/order-link/invoices/${documentId}`, { orderLink: token })
}

/**
 * The public withdrawal function: the backend mails the order's own address a link to its withdrawal page
 * when number and address belong together, and answers the same either way.
 */
export async function requestWithdrawalLink(input: WithdrawalLinkRequest): Promise<void> {
  await storeFetch("/store/withdrawal-link", {
    method: "POST",
    body: { ...input, order_number: String(input.order_number) },
  })
}

/** The EU model withdrawal form as a PDF in a language, or null when the backend has none. */
export async function downloadWithdrawalForm(locale: Locale): Promise<Response | null> {
  return storeDownload(`/store/withdrawal-form?lang=${locale}`)
}
