import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { now } from "../../../lib/clock"
import { isOverdue } from "../../../modules/privacy-request/privacy-desk"
import { PRIVACY_REQUEST_MODULE } from "../../../modules/privacy-request"
import type PrivacyRequestModuleService from "../../../modules/privacy-request/service"
import { logDataRequestWorkflow } from "../../../workflows/privacy-requests/log-data-request"
import type { LogRequest, RequestListQuery } from "./validators"

const OPEN = ["awaiting_verification", "received", "scheduled", "deferred"]
/** What the desk's list shows; the receipt and tokens stay out. */
export const REQUEST_FIELDS = [
  "id",
  "kind",
  "channel",
  "status",
  "email",
  "customer_id",
  "order_id",
  "details",
  "locale",
  "received_at",
  "due_at",
  "extension_reason",
  "identity_status",
  "identity_method",
  "scheduled_for",
  "deferred_reason",
  "completed_at",
  "rejected_reason",
  "lifted_at",
  "lift_reason",
  "handled_by",
] as const

/** GET /admin/privacy-requests — the privacy desk: open requests first by due date, or any status. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, RequestListQuery>, res: MedusaResponse) {
  const { status, kind, limit, offset } = req.validatedQuery
  const filters = {
    ...(status === "open" ? { status: OPEN } : status === "all" ? {} : { status }),
    ...(kind ? { kind } : {}),
  }
  const [requests, count] = await req.scope
    .resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
    .listAndCountDataRequests(filters, {
      select: [...REQUEST_FIELDS],
      order: status === "open" ? { due_at: "ASC" } : { received_at: "DESC" },
      take: limit,
      skip: offset,
    })
  const at = now()
  res.json({ requests: requests.map((r) => ({ ...r, overdue: isOverdue(r, at) })), count, limit, offset })
}

/** POST /admin/privacy-requests — logs a request that came by letter, phone or e-mail. */
export async function POST(req: AuthenticatedMedusaRequest<LogRequest>, res: MedusaResponse) {
  const { kind, email, received_on, details, locale } = req.validatedBody
  // Its term, and which holder of an address it belongs to, count from when it came in. A letter logged
  // the day it arrived came in by now (the account that registered this afternoon and wrote it is its
  // subject, whatever the hour); one from an earlier day at noon of that day.
  const today = now().toISOString().slice(0, 10)
  const receivedAt = received_on >= today ? now() : new Date(`${received_on}T12:00:00Z`)
  const { result } = await logDataRequestWorkflow(req.scope).run({
    input: {
      kind,
      email,
      locale,
      details,
      channel: "staff",
      received_at: receivedAt.toISOString(),
      handled_by: req.auth_context.actor_id,
      actor_id: req.auth_context.actor_id,
    },
  })
  const request = await req.scope
    .resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
    .retrieveDataRequest(result.id, { select: [...REQUEST_FIELDS] })
  res.status(201).json({ request })
}
