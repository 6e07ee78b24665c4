import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { assignStaffRoleWorkflow } from "../../../../../workflows/staff/assign-staff-role"
import type { RoleChange } from "../../validators"

/** POST /admin/staff/:id/role — an owner gives a colleague a role, or takes it away (null); on the audit log. */
export async function POST(req: AuthenticatedMedusaRequest<RoleChange>, res: MedusaResponse) {
  const userId = req.params.id!
  const [user] = await req.scope.resolve(Modules.USER).listUsers({ id: userId }, { select: ["id"] })
  if (!user) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Staff user not found")
  const { role, reason } = req.validatedBody
  // The workflow's step checks, under the role lock, that the giver is still an owner and that an owner stays.
  const { result } = await assignStaffRoleWorkflow(req.scope).run({
    input: { user_id: userId, role, actor_id: req.auth_context.actor_id, reason },
  })
  res.json({ user_id: userId, role: result.role, previous: result.previous })
}
