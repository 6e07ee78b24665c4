import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AUDIT_MODULE } from "../../../modules/audit"
import type AuditModuleService from "../../../modules/audit/service"
import type { AuditListQuery } from "../privacy-requests/validators"

/** GET /admin/audit-events — the audit log, newest first. There is no route that changes it. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AuditListQuery>, res: MedusaResponse) {
  const { subject_id, actor_id, action, limit, offset } = req.validatedQuery
  const filters = {
    ...(subject_id ? { subject_id } : {}),
    ...(actor_id ? { actor_id } : {}),
    ...(action ? { action } : {}),
  }
  const [events, count] = await req.scope.resolve<AuditModuleService>(AUDIT_MODULE).listAndCountAuditEvents(filters, {
    select: ["id", "actor_type", "actor_id", "action", "subject_type", "subject_id", "reason", "occurred_at"],
    order: { occurred_at: "DESC" },
    take: limit,
    skip: offset,
  })
  res.json({ events, count, limit, offset })
}
