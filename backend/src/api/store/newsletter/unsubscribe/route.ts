import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { validUnsubscribeSignature } from "../../../../lib/newsletter-link"
import { setNewsletterStatusWorkflow } from "../../../../workflows/newsletter/set-newsletter-status"

/** POST /store/newsletter/unsubscribe — the link in every newsletter; works without logging in. */
export async function POST(req: MedusaRequest<{ subscription_id: string; signature: string }>, res: MedusaResponse) {
  const { subscription_id, signature } = req.validatedBody
  if (!validUnsubscribeSignature(subscription_id, signature))
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This link is invalid.")
  await setNewsletterStatusWorkflow(req.scope).run({
    input: { status: "unsubscribed", subscription_id, source: "unsubscribe_link" },
  })
  res.json({ subscribed: false })
}
