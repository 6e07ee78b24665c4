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
