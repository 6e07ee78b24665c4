import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateRecipientNoticeWorkflow } from "../../../../../../workflows/privacy-requests/update-recipient-notice"

/**
 * POST /admin/privacy-requests/:id/notices/:notice_id — a recipient was told of the erasure (art. 19), or needed not
 * be.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<{ state: "notified" | "not_needed"; note?: string }>,
  res: MedusaResponse,
) {
  const { result } = await updateRecipientNoticeWorkflow(req.scope).run({
    input: {
      request_id: req.params.id ?? "",
      notice_id: req.params.notice_id ?? "",
      ...req.validatedBody,
      actor_id: req.auth_context.actor_id,
    },
  })
  res.json({ notice: result })
}
