import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { now } from "../../../../../lib/clock"
import { sendExport } from "../../../../../personal-data/export-archive"
import { requestSubject } from "../../../../../personal-data/data-subject"
import { dataMap } from "../../../../../lib/data-map"
import { hashSecret } from "../../../../../lib/tokens"
import { PRIVACY_REQUEST_MODULE } from "../../../../../modules/privacy-request"
import type PrivacyRequestModuleService from "../../../../../modules/privacy-request/service"
import { recordDataExportWorkflow } from "../../../../../workflows/data-export/record-data-export"
import { HEADERS } from "@helder/contract"

/** The header the storefront passes a verified guest's download link in (a header, so it stays out of logs). */
export const REQUEST_TOKEN_HEADER = HEADERS.requestToken

/**
 * GET /store/privacy/requests/export — a verified guest's export, once, while the link is valid; anything else is a
 * 404.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const secret = req.headers[REQUEST_TOKEN_HEADER]
  const requests = req.scope.resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
  const [request] =
    typeof secret === "string" && /^[A-Za-z0-9_-]{20,100}$/.test(secret)
      ? await requests.listDataRequests({
          token_hash: hashSecret(secret),
          channel: "guest",
          kind: "export",
          identity_status: "verified",
        })
      : []
  if (!request?.email || !request.token_expires_at || new Date(request.token_expires_at) <= now()) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This link is invalid or has expired.")
  }
  await recordDataExportWorkflow(req.scope).run({
    input: {
      request_id: request.id,
      request: { email: request.email, channel: "guest", identity_method: "mailed_link" },
      actor: { actor_type: "guest", actor_id: request.id },
    },
  })
  await sendExport(req.scope, res, await requestSubject(req.scope, request), dataMap, now())
}
