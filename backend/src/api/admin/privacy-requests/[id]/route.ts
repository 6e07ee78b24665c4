import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { now } from "../../../../lib/clock"
import { isOverdue } from "../../../../modules/privacy-request/privacy-desk"
import { PRIVACY_REQUEST_MODULE } from "../../../../modules/privacy-request"
import type PrivacyRequestModuleService from "../../../../modules/privacy-request/service"
import { REQUEST_FIELDS } from "../route"

/** GET /admin/privacy-requests/:id — one request with its receipt and its art. 19 notices. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const requests = req.scope.resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
  const request = await requests.retrieveDataRequest(req.params.id ?? "", { select: [...REQUEST_FIELDS, "receipt"] })
  const notices = await requests.listRecipientNotices({ request_id: request.id }, { order: { party: "ASC" } })
  res.json({ request: { ...request, overdue: isOverdue(request, now()), notices } })
}
