import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readBackendEnv } from "../../../../../lib/env"
import { verifyGuestRequestWorkflow } from "../../../../../workflows/privacy-requests/verify-guest-request"

/** POST /store/privacy/requests/verify — the guest's mailed link: what happens next depends on the request. */
export async function POST(req: MedusaRequest<{ token: string }>, res: MedusaResponse) {
  const { result } = await verifyGuestRequestWorkflow(req.scope).run({
    input: { secret: req.validatedBody.token, storefront_url: readBackendEnv().STOREFRONT_URL },
  })
  res.json(result)
}
