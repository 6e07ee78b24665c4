import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { now } from "../../../../../lib/clock"
import { deskMail, deskUpdate, type DeskAction } from "../../../../../lib/privacy-desk"
import { dataMap } from "../../../../../lib/privacy"
import { PRIVACY_REQUEST_MODULE } from "../../../../../modules/privacy-request"
import type PrivacyRequestModuleService from "../../../../../modules/privacy-request/service"
import { actOnDataRequestWorkflow } from "../../../../../workflows/privacy-requests/act-on-data-request"

/** POST /admin/privacy-requests/:id/actions — extend the term, verify the identity, reject with a reason or complete a correction. */
export async function POST(req: AuthenticatedMedusaRequest<DeskAction>, res: MedusaResponse) {
  const requests = req.scope.resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
  const request = await requests.retrieveDataRequest(req.params.id ?? "")
  const act = req.validatedBody
  const update = deskUpdate(request, act, dataMap, now())
  const reason = "reason" in act ? act.reason : "method" in act ? act.method : act.note
  const mail = deskMail(request, act, update)
  await actOnDataRequestWorkflow(req.scope).run({ input: { request_id: request.id, actor_id: req.auth_context.actor_id, action: act.action, update, reason, mail } })
  res.json({ request: await requests.retrieveDataRequest(request.id) })
}
