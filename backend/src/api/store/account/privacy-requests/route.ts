import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { AccountPrivacyRequest, AccountRequest } from "@helder/schemas"
import { customerSubject, requestsOf } from "../../../../personal-data/data-subject"
import { PRIVACY_REQUEST_MODULE } from "../../../../modules/privacy-request"
import type PrivacyRequestModuleService from "../../../../modules/privacy-request/service"
import { createDataRequestWorkflow } from "../../../../workflows/privacy-requests/create-data-request"

/** What the account sees of its requests: no tokens, receipts or staff notes. */
export const ACCOUNT_REQUEST_FIELDS = [
  "id",
  "kind",
  "status",
  "received_at",
  "due_at",
  "completed_at",
  "lifted_at",
  "rejected_reason",
] as const

type Row = Pick<AccountPrivacyRequest, "id" | "kind" | "status" | "rejected_reason"> & {
  received_at: Date
  due_at: Date
  completed_at: Date | null
  lifted_at: Date | null
}
const iso = (at: Date | string | null) => (at ? new Date(at).toISOString() : null)

/** A request row as the account's answer declares it. */
export const accountView = (r: Row): AccountPrivacyRequest => ({
  id: r.id,
  kind: r.kind,
  status: r.status,
  received_at: new Date(r.received_at).toISOString(),
  due_at: new Date(r.due_at).toISOString(),
  completed_at: iso(r.completed_at),
  lifted_at: iso(r.lifted_at),
  rejected_reason: r.rejected_reason,
})

/** GET /store/account/privacy-requests — the caller's privacy requests and the state of each. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<{ requests: AccountPrivacyRequest[] }>) {
  const customerId = req.auth_context.actor_id
  const subject = await customerSubject(req.scope, customerId)
  if (!subject) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Customer not found")
  const requests = await req.scope
    .resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
    .listDataRequests(requestsOf(subject), {
      select: [...ACCOUNT_REQUEST_FIELDS],
      order: { received_at: "DESC" },
    })
  res.json({ requests: requests.map(accountView) })
}

/**
 * POST /store/account/privacy-requests — a correction, restriction (art. 18) or objection (art. 21) for the
 * desk. The live session is the identity step; the answer is due in one month (art. 12(3)).
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AccountRequest>,
  res: MedusaResponse<{ request: AccountPrivacyRequest }>,
) {
  const customerId = req.auth_context.actor_id
  const subject = await customerSubject(req.scope, customerId)
  if (!subject) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Customer not found")
  const { kind, details, locale } = req.validatedBody
  const { result } = await createDataRequestWorkflow(req.scope).run({
    input: {
      kind,
      channel: "self_service",
      email: subject.email,
      customer_id: customerId,
      locale,
      details: details ?? null,
      identity_method: "session",
    },
  })
  const request = await req.scope
    .resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
    .retrieveDataRequest(result.id, { select: [...ACCOUNT_REQUEST_FIELDS] })
  res.status(201).json({ request: accountView(request) })
}
