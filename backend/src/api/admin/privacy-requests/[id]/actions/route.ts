import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { now } from "../../../../../lib/clock"
import { accountHoldingAt } from "../../../../../personal-data/data-subject"
import { deskMail, deskUpdate, type DeskAction } from "../../../../../modules/privacy-request/privacy-desk"
import { dataMap } from "../../../../../lib/data-map"
import { PRIVACY_REQUEST_MODULE } from "../../../../../modules/privacy-request"
import type PrivacyRequestModuleService from "../../../../../modules/privacy-request/service"
import { actOnDataRequestWorkflow } from "../../../../../workflows/privacy-requests/act-on-data-request"
import { completeLimitRequestWorkflow } from "../../../../../workflows/privacy-requests/complete-limit-request"
import { liftRestrictionWorkflow } from "../../../../../workflows/privacy-requests/lift-restriction"
import { REQUEST_FIELDS } from "../../route"

/**
 * POST /admin/privacy-requests/:id/actions — extend the term, verify the identity, reject with a reason,
 * complete a correction, put a restriction or objection in force, or lift a restriction.
 */
export async function POST(req: AuthenticatedMedusaRequest<DeskAction>, res: MedusaResponse) {
  const requests = req.scope.resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
  const request = await requests.retrieveDataRequest(req.params.id ?? "")
  const act = req.validatedBody
  const update = deskUpdate(request, act, dataMap, now())
  const reason = "reason" in act ? act.reason : "method" in act ? act.method : act.note
  const mail = deskMail(request, act, update)
  const input = {
    request_id: request.id,
    actor_id: req.auth_context.actor_id,
    action: act.action,
    update,
    reason,
    mail,
  }
  if (act.action === "lift") {
    // Art. 18(3): no lifting without telling the requester first.
    if (!mail)
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "The requester has no e-mail address on file to be told first (art. 18(3) GDPR).",
      )
    await liftRestrictionWorkflow(req.scope).run({ input: { ...input, reason: act.reason, mail } })
  } else if (act.action === "complete" && (request.kind === "restriction" || request.kind === "objection")) {
    await completeLimitRequestWorkflow(req.scope).run({
      input: {
        ...input,
        kind: request.kind,
        email: request.email,
        customer_id: request.customer_id,
        received_at: request.received_at,
      },
    })
  } else {
    // An objection is in force once its identity is verified (art. 21(3)): it names the account that held its
    // address when it came in, and that person's newsletter ends now.
    const verifiesObjection = act.action === "verify_identity" && request.kind === "objection"
    const holder = verifiesObjection
      ? (request.customer_id ??
        (request.email ? await accountHoldingAt(req.scope, request.email, new Date(request.received_at)) : null))
      : null
    const objection = verifiesObjection ? { email: request.email, customer_id: holder } : null
    await actOnDataRequestWorkflow(req.scope).run({
      input: { ...input, update: verifiesObjection ? { ...update, customer_id: holder } : update, objection },
    })
  }
  // The fields the desk shows: never the undo link's hash, nor what a night's residue check will look for.
  res.json({ request: await requests.retrieveDataRequest(request.id, { select: [...REQUEST_FIELDS, "receipt"] }) })
}
