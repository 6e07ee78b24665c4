import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { publishedPolicy } from "../../../lib/privacy"

/**
 * GET /store/policy — the published editions of the privacy and cookie policy, oldest first, and the
 * SHA-256 of the content in force. The storefront shows them (banner, version line, history) and
 * compares the hash with its own map: both apps must describe the same configuration.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { editions, current } = await publishedPolicy(req.scope)
  res.json({
    current: { id: current.id, effective: current.effective, revision: editions.length },
    content_hash: current.contentHash,
    editions: editions.map(({ id, effective, changes }) => ({ id, effective, changes })),
  })
}
