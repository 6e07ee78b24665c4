import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markContactMessageAnsweredWorkflow } from "../../../../../workflows/contact/mark-contact-message-answered"

/** POST /admin/contact-messages/:id/answer — marks the message answered by the logged-in staff member. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await markContactMessageAnsweredWorkflow(req.scope).run({
    input: { id: req.params.id ?? "", user_id: req.auth_context.actor_id },
  })
  res.json({ contact_message: result })
}
