import "server-only"
import { redirect } from "next/navigation"
import type { HttpTypes } from "@medusajs/types"
import { localeOr, type AccountAnswer, type NewsletterStatusAnswer } from "@helder/contract"
import { STORE_FIELDS } from "@helder/schemas"
import { getAccountSession } from "../cookies"
import { StoreApiError, storeFetch } from "../medusa"

/** The logged-in customer as /store/account/me returns it. */
export type Account = AccountAnswer["customer"]

/** The visitor's account, or null when not logged in or the session has ended. */
export async function getAccount(): Promise<Account | null> {
  const auth = await getAccountSession()
  if (!auth) return null
  try {
    return (await storeFetch<AccountAnswer>("/store/account/me", { auth })).customer
  } catch (error) {
    if (error instanceof StoreApiError && error.status === 401) return null
    throw error
  }
}

/** The logged-in customer's orders, newest first. */
export async function listAccountOrders(): Promise<HttpTypes.StoreOrder[]> {
  const auth = await getAccountSession()
  if (!auth) return []
  const { orders } = await storeFetch<{ orders: HttpTypes.StoreOrder[] }>("/store/orders", {
    auth,
    query: { fields: STORE_FIELDS.orders, order: "-created_at", limit: 100 },
  })
  return orders
}

/** The logged-in account, or a redirect to the login page. */
export async function requireAccount(locale: string): Promise<Account> {
  const account = await getAccount()
  if (!account) redirect(`/${localeOr(locale)}/account/login`)
  return account
}

/** The logged-in customer's newsletter status: none, pending, confirmed or unsubscribed. */
export async function getNewsletterStatus(): Promise<string> {
  const auth = await getAccountSession()
  if (!auth) return "none"
  return (await storeFetch<NewsletterStatusAnswer>("/store/account/newsletter", { auth })).status
}
