import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { now } from "../../../../../lib/clock"
import { PRIVACY_REQUEST_MODULE } from "../../../../../modules/privacy-request"
import type PrivacyRequestModuleService from "../../../../../modules/privacy-request/service"
import { processErasureWorkflow } from "../../../../../workflows/erasure/process-erasure"
import { actOnDataRequestWorkflow } from "../../../../../workflows/privacy-requests/act-on-data-request"
import { REQUEST_FIELDS } from "../../route"

/**
 * POST /admin/privacy-requests/:id/erase — staff run a verified erasure request now: one that came by
 * letter or e-mail, or a deferred one once its orders closed. Open orders defer it exactly as for self-service.
 */
export async function POST(req: AuthenticatedMedusaRequest<{ reason: string }>, res: MedusaResponse) {
  const requests = req.scope.resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
  const request = await requests.retrieveDataRequest(req.params.id ?? "")
  if (request.kind !== "erasure" || !["received", "scheduled", "deferred"].includes(request.status)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Only an open erasure request can be run.")
  }
  if (request.identity_status !== "verified")
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Verify the requester's identity before erasing anything.")
  const at = now()
  // The person's own undo window is theirs: staff cannot cut it short.
  if (
    request.status === "scheduled" &&
    request.channel !== "staff" &&
    request.scheduled_for &&
    new Date(request.scheduled_for) > at
  ) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `The requester can still undo this until ${new Date(request.scheduled_for).toISOString()}; it runs by itself after that.`,
    )
  }
  await actOnDataRequestWorkflow(req.scope).run({
    input: {
      request_id: request.id,
      actor_id: req.auth_context.actor_id,
      action: "erase",
      update: { status: "scheduled", scheduled_for: at },
      reason: req.validatedBody.reason,
    },
  })
  const { result: outcome } = await processErasureWorkflow(req.scope).run({
    input: {
      request: { id: request.id, customer_id: request.customer_id, email: request.email },
      at: at.toISOString(),
    },
  })
  // The fields the desk shows: never the undo link's hash, nor what a night's residue check will look for.
  const answer = await requests.retrieveDataRequest(request.id, { select: [...REQUEST_FIELDS, "receipt"] })
  res.json({ outcome, request: answer })
}
