import "server-only"
import type { ErasureScheduledAnswer } from "@helder/contract"
import type { AccountPrivacyRequest, AccountRequest, ErasureRequest, GuestRequest, tokenSchema } from "@helder/schemas"
import type { z } from "zod"
import { getAccountSession, type AccountSession } from "../cookies"
import { StoreApiError, storeDownload, storeFetch } from "../medusa"

/** What a guest's verified request leads to, as the backend answers it. */
export type VerifiedRequest = {
  kind: AccountPrivacyRequest["kind"]
  download_token: string | null
  scheduled_for: string | null
}

/** The logged-in customer's data export as a streamed zip; "login" without a live session, "limited" after too many. */
export async function downloadAccountExport(): Promise<Response | "login" | "limited"> {
  const auth = await getAccountSession()
  if (!auth) return "login"
  try {
    return (await storeDownload("/store/account/data-export", { auth })) ?? "login"
  } catch (error) {
    if (error instanceof StoreApiError && error.status === 429) return "limited"
    throw error
  }
}

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,100}$/

/** A verified guest's export; null for a malformed, unknown or expired link. */
export async function downloadGuestExport(token: string): Promise<Response | null> {
  if (!TOKEN_PATTERN.test(token)) return null
  return storeDownload("/store/privacy/requests/export", { requestToken: token })
}

/** Schedules the erasure of the logged-in customer's account; the backend checks the password again. */
export async function requestErasure(body: ErasureRequest, auth: AccountSession): Promise<ErasureScheduledAnswer> {
  return storeFetch<ErasureScheduledAnswer>("/store/account/erasure", { method: "POST", body, auth })
}

/** Spends the mailed undo link of a scheduled erasure. */
export async function undoScheduledErasure(body: z.infer<typeof tokenSchema>): Promise<void> {
  await storeFetch("/store/privacy/erasure/undo", { method: "POST", body })
}

/** A guest's privacy request; the backend mails a link to the order's address, or nothing, silently. */
export async function submitGuestPrivacyRequest(request: GuestRequest): Promise<void> {
  await storeFetch("/store/privacy/requests", {
    method: "POST",
    body: { ...request, order_number: String(request.order_number) },
  })
}

/** Spends a guest's mailed verification link; the answer says what happens next. */
export async function verifyGuestPrivacyRequest(body: z.infer<typeof tokenSchema>): Promise<VerifiedRequest> {
  return storeFetch<VerifiedRequest>("/store/privacy/requests/verify", { method: "POST", body })
}

/** A logged-in customer's correction, restriction or objection. */
export async function submitAccountPrivacyRequest(
  request: AccountRequest,
  auth: AccountSession,
): Promise<AccountPrivacyRequest> {
  const { request: stored } = await storeFetch<{ request: AccountPrivacyRequest }>("/store/account/privacy-requests", {
    method: "POST",
    body: request,
    auth,
  })
  return stored
}
