import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { STAFF_MODULE } from "../../../../../modules/staff"
import type StaffModuleService from "../../../../../modules/staff/service"
import { assignStaffRoleWorkflow } from "../../../../../workflows/staff/assign-staff-role"
import type { RoleChange } from "../../validators"

/** POST /admin/staff/:id/role — an owner gives a colleague a role, or takes it away (null); on the audit log. */
export async function POST(req: AuthenticatedMedusaRequest<RoleChange>, res: MedusaResponse) {
  const userId = req.params.id!
  const [user] = await req.scope.resolve(Modules.USER).listUsers({ id: userId }, { select: ["id"] })
  if (!user) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Staff user not found")
  const { role, reason } = req.validatedBody
  if (role !== "owner") {
    // The shop can never be left without an owner: only an owner gives roles.
    const owners = await req.scope.resolve<StaffModuleService>(STAFF_MODULE).listStaffRoles({ role: "owner" }, { select: ["user_id"] })
    if (owners.length === 1 && owners[0]!.user_id === userId) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This is the only owner: make someone else owner first.")
  }
  const { result } = await assignStaffRoleWorkflow(req.scope).run({ input: { user_id: userId, role, actor_id: req.auth_context.actor_id, reason } })
  res.json({ user_id: userId, role: result.role, previous: result.previous })
}
