import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CONSENT_MODULE } from "../../../modules/consent"
import type ConsentModuleService from "../../../modules/consent/service"

/**
 * GET /store/policy — the published editions of the privacy and cookie policy, oldest first, and the
 * SHA-256 of the content in force. The storefront shows them (banner, version line, history) and
 * compares the hash with its own map: both apps must describe the same configuration.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { editions, current } = await req.scope.resolve<ConsentModuleService>(CONSENT_MODULE).publishedPolicy()
  res.json({
    current: { id: current.id, effective: current.effective, revision: editions.length },
    content_hash: current.contentHash,
    editions: editions.map(({ id, effective, changes }) => ({ id, effective, changes })),
  })
}
