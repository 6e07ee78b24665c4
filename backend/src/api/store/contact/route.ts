import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ContactMessageInput } from "@helder/schemas"
import { submitContactMessageWorkflow } from "../../../workflows/contact/submit-contact-message"

/** POST /store/contact — stores the message and mails the sender a confirmation. */
export async function POST(req: MedusaRequest<ContactMessageInput>, res: MedusaResponse) {
  await submitContactMessageWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ received: true })
}
