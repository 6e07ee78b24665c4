import "server-only"
import { getAccountSession } from "../cookies"
import { StoreApiError, storeDownload } from "../medusa"

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
