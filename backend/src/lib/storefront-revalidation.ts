import { REVALIDATION_HEADER, signRevalidation, type RevalidationBody } from "@helder/schemas"
import type { Logger } from "@medusajs/framework/types"
import { readBackendEnv } from "./env"

const COALESCE_MS = 250
const pending = new Set<RevalidationBody["tags"][number]>()
let flushing: Promise<boolean> | null = null

/**
 * Asks for a revalidation of these tags. Changes that arrive together (a bulk edit, an import, the seed)
 * are gathered for a quarter of a second and sent as one call; the promise settles when it was sent.
 */
export function queueStorefrontRevalidation(tags: RevalidationBody["tags"], logger: Logger): Promise<boolean> {
  for (const tag of tags) pending.add(tag)
  flushing ??= new Promise<void>((resolve) => setTimeout(resolve, COALESCE_MS)).then(() => {
    const batch = [...pending]
    pending.clear()
    flushing = null
    return revalidateStorefront(batch, logger)
  })
  return flushing
}

/**
 * Tells the storefront that cached catalog data changed, with a call signed by the secret both apps
 * share. Without STOREFRONT_SECRET the storefront cannot verify a call, so none is made (its cache
 * then expires on its own within five minutes). A storefront that does not answer is logged, not retried:
 * the same expiry catches up.
 */
export async function revalidateStorefront(tags: RevalidationBody["tags"], logger: Logger): Promise<boolean> {
  const { STOREFRONT_SECRET, STOREFRONT_URL } = readBackendEnv()
  if (!STOREFRONT_SECRET) return false
  const body = JSON.stringify({ tags })
  try {
    const response = await fetch(new URL("/api/revalidate", STOREFRONT_URL), {
      method: "POST",
      headers: {
        "content-type": "application/json",
        [REVALIDATION_HEADER]: await signRevalidation(STOREFRONT_SECRET, body, Math.floor(Date.now() / 1000)),
      },
      body,
      signal: AbortSignal.timeout(3000),
    })
    if (!response.ok) logger.warn(`storefront revalidation of ${tags.join(", ")} answered ${response.status}`)
    return response.ok
  } catch (error) {
    logger.warn(
      `storefront revalidation of ${tags.join(", ")} failed: ${error instanceof Error ? error.name : "error"}`,
    )
    return false
  }
}
