import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readBackendEnv } from "../../../../lib/env"
import { sendNewsletterWorkflow } from "../../../../workflows/newsletter/send-newsletter"

/** POST /admin/newsletter/send — mails an issue to confirmed subscribers only. */
export async function POST(req: AuthenticatedMedusaRequest<{ subject: string; body: string }>, res: MedusaResponse) {
  const { result } = await sendNewsletterWorkflow(req.scope).run({
    input: { ...req.validatedBody, storefront_url: readBackendEnv().STOREFRONT_URL },
  })
  res.json(result)
}
