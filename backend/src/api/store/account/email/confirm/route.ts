import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Locale } from "@helder/contract"
import { confirmEmailChangeWorkflow } from "../../../../../workflows/account/confirm-email-change"

/** POST /store/account/email/confirm — spends the link mailed to the new address; 404 when invalid. */
export async function POST(req: MedusaRequest<{ token: string; locale: Locale }>, res: MedusaResponse) {
  await confirmEmailChangeWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ changed: true })
}
