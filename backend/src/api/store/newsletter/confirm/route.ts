import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setNewsletterStatusWorkflow } from "../../../../workflows/newsletter/set-newsletter-status"

/** POST /store/newsletter/confirm — the double opt-in link; 404 when unknown or expired. */
export async function POST(req: MedusaRequest<{ token: string }>, res: MedusaResponse) {
  await setNewsletterStatusWorkflow(req.scope).run({
    input: { status: "confirmed", token: req.validatedBody.token, source: "mail_link" },
  })
  res.json({ subscribed: true })
}
