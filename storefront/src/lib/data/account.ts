import "server-only"
import { redirect } from "next/navigation"
import type { HttpTypes } from "@medusajs/types"
import { localeOr, type AccountAnswer, type LoginAnswer, type NewsletterStatusAnswer } from "@helder/contract"
import type { z } from "zod"
import {
  STORE_FIELDS,
  type accountAddressSchema,
  type emailChangeConfirmSchema,
  type emailChangeSchema,
  type loginSchema,
  type passwordChangeSchema,
  type passwordResetRequestSchema,
  type passwordResetSchema,
  type ProfileUpdate,
  type Registration,
  type tokenSchema,
} from "@helder/schemas"
import { getAccountSession, type AccountSession } from "../cookies"
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

/** Creates an account; the backend mails the verification link. */
export async function registerAccount(registration: Registration): Promise<void> {
  await storeFetch("/store/account/register", { method: "POST", body: registration })
}

/** Checks the password and opens a server-side session: the bearer token and the session's secret. */
export async function openSession(credentials: z.infer<typeof loginSchema>): Promise<LoginAnswer> {
  return storeFetch<LoginAnswer>("/store/account/login", { method: "POST", body: credentials })
}

/** Ends a session on the server; one that has already ended is no error. */
export async function endSession(auth: AccountSession): Promise<void> {
  await storeFetch("/store/account/logout", { method: "POST", auth }).catch((error: unknown) => {
    if (!(error instanceof StoreApiError && error.status === 401)) throw error
  })
}

/** Spends an e-mail verification link. */
export async function verifyEmailAddress(body: z.infer<typeof tokenSchema>): Promise<void> {
  await storeFetch("/store/account/verify-email", { method: "POST", body })
}

/** Asks for a password reset mail; the backend answers the same whether or not the address has an account. */
export async function requestPasswordResetMail(body: z.infer<typeof passwordResetRequestSchema>): Promise<void> {
  await storeFetch("/store/account/password-reset/request", { method: "POST", body })
}

/** Sets a new password with the mailed link. */
export async function resetPasswordWithLink(body: z.infer<typeof passwordResetSchema>): Promise<void> {
  await storeFetch("/store/account/password-reset", { method: "POST", body })
}

/** Changes the logged-in customer's password; the backend ends every other session. */
export async function changeAccountPassword(
  body: z.infer<typeof passwordChangeSchema>,
  auth: AccountSession,
): Promise<void> {
  await storeFetch("/store/account/password", { method: "POST", body, auth })
}

/** Saves name, phone and birth date. */
export async function updateAccountProfile(body: ProfileUpdate, auth: AccountSession): Promise<void> {
  await storeFetch("/store/account/me", { method: "POST", body, auth })
}

/** Adds an address to the customer's address book, or updates the one with `id`. */
export async function saveAccountAddress(
  id: string | null,
  body: z.infer<typeof accountAddressSchema>,
  auth: AccountSession,
): Promise<void> {
  await storeFetch(id ? `/store/customers/me/addresses/${id}` : "/store/customers/me/addresses", {
    method: "POST",
    body,
    auth,
  })
}

/** Deletes one of the customer's addresses; the backend answers 404 for anyone else's. */
export async function deleteAccountAddress(id: string, auth: AccountSession): Promise<void> {
  await storeFetch(`/store/customers/me/addresses/${id}`, { method: "DELETE", auth })
}

/** Asks to change the login address; the backend checks the password and mails the new address. */
export async function requestEmailChange(body: z.infer<typeof emailChangeSchema>, auth: AccountSession): Promise<void> {
  await storeFetch("/store/account/email", { method: "POST", body, auth })
}

/** Spends the link mailed to the new address. */
export async function confirmEmailChange(body: z.infer<typeof emailChangeConfirmSchema>): Promise<void> {
  await storeFetch("/store/account/email/confirm", { method: "POST", body })
}
