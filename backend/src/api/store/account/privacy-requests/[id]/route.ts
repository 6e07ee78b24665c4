import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { AccountPrivacyRequest } from "@helder/schemas"
import { customerSubject, requestsOf } from "../../../../../personal-data/data-subject"
import { PRIVACY_REQUEST_MODULE } from "../../../../../modules/privacy-request"
import type PrivacyRequestModuleService from "../../../../../modules/privacy-request/service"
import { ACCOUNT_REQUEST_FIELDS, accountView } from "../route"

/** GET /store/account/privacy-requests/:id — one of the caller's requests; anyone else's is 404. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<{ request: AccountPrivacyRequest }>) {
  const customerId = req.auth_context.actor_id
  const subject = await customerSubject(req.scope, customerId)
  // The caller's own: by account, or under an address while they held it (not a previous holder's).
  const mine = subject ? requestsOf(subject) : null
  const [request] = mine
    ? await req.scope
        .resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
        .listDataRequests(
          { $and: [{ id: req.params.id ?? "" }, mine] },
          { select: [...ACCOUNT_REQUEST_FIELDS], take: 1 },
        )
    : []
  if (!request) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Privacy request not found")
  res.json({ request: accountView(request) })
}
