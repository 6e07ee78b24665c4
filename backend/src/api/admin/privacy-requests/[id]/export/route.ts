import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { now } from "../../../../../lib/clock"
import { sendExport } from "../../../../../personal-data/export-archive"
import { requestSubject } from "../../../../../personal-data/data-subject"
import { dataMap } from "../../../../../lib/data-map"
import { PRIVACY_REQUEST_MODULE } from "../../../../../modules/privacy-request"
import type PrivacyRequestModuleService from "../../../../../modules/privacy-request/service"
import { recordDataExportWorkflow } from "../../../../../workflows/data-export/record-data-export"

/**
 * POST /admin/privacy-requests/:id/export — staff answer an export request with the zip (only once the identity is
 * verified).
 */
export async function POST(req: AuthenticatedMedusaRequest<{ reason: string }>, res: MedusaResponse) {
  const request = await req.scope
    .resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
    .retrieveDataRequest(req.params.id ?? "")
  if (request.kind !== "export" || !request.email)
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Only an export request with an e-mail address can be exported.",
    )
  if (request.identity_status !== "verified")
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Verify the requester's identity before sending any data.")
  const subject = await requestSubject(req.scope, request)
  await recordDataExportWorkflow(req.scope).run({
    input: {
      request_id: request.id,
      request: {
        email: request.email,
        channel: request.channel,
        identity_method: request.identity_method ?? "staff",
        handled_by: req.auth_context.actor_id,
      },
      actor: { actor_type: "user", actor_id: req.auth_context.actor_id },
      reason: req.validatedBody.reason,
    },
  })
  await sendExport(req.scope, res, subject, dataMap, now())
}
