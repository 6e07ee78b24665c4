import "server-only"
import type { ConsentChoice, ConsentRecordView as StoredChoice } from "@helder/privacy"
import { getAccountSession, getConsentProof, type AccountSession } from "../cookies"
import { StoreApiError, storeFetch } from "../medusa"

/** One stored cookie choice, as the backend shows it (dates as JSON strings). */
export type ConsentRecordView = Omit<StoredChoice, "given_at" | "expires_at"> & { given_at: string; expires_at: string }

/**
 * Stores a choice as proof, linked to the customer when logged in. A consent id that already has
 * choices takes more only with this browser's proof of it; the answer carries the proof to keep.
 */
export async function recordConsent(choice: ConsentChoice): Promise<{ consent: ConsentRecordView; proof: string }> {
  return storeFetch<{ consent: ConsentRecordView; proof: string }>("/store/consents", {
    method: "POST",
    body: choice,
    auth: await getAccountSession(),
    consentProof: await getConsentProof(),
  })
}

/** The history of a consent id, newest first; null when there is none. */
export async function getConsentHistory(consentId: string): Promise<ConsentRecordView[] | null> {
  try {
    return (await storeFetch<{ records: ConsentRecordView[] }>("/store/consents", { consentId })).records
  } catch (error) {
    if (error instanceof StoreApiError && error.status === 404) return null
    throw error
  }
}

/** The logged-in customer's choices, newest first. */
export async function getAccountConsents(): Promise<ConsentRecordView[]> {
  const auth = await getAccountSession()
  if (!auth) return []
  return (await storeFetch<{ records: ConsentRecordView[] }>("/store/account/consents", { auth })).records
}

/** After a login (with the session just opened): this browser's earlier choices join the customer's history. */
export async function linkConsentToAccount(consentId: string, auth: AccountSession): Promise<void> {
  const consentProof = await getConsentProof()
  // Without the proof the choices are not this browser's to link (someone else's id in a planted cookie).
  if (!consentProof) return
  await storeFetch("/store/account/consents/link", {
    method: "POST",
    body: { consent_id: consentId },
    auth,
    consentProof,
  })
}
