import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { STAFF_MODULE } from "../../../modules/staff"
import type StaffModuleService from "../../../modules/staff/service"
import { ROLES, type RoleId } from "../../surface/roles"
import { secondFactorEnrolled } from "./two-factor"

/**
 * GET /admin/staff — every staff user with their role and whether they have a second factor, and the roles an owner can
 * give.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const users = await req.scope
    .resolve(Modules.USER)
    .listUsers({}, { select: ["id", "email", "first_name", "last_name"], order: { email: "ASC" } })
  const roles = await req.scope
    .resolve<StaffModuleService>(STAFF_MODULE)
    .listStaffRoles({ user_id: users.map((u) => u.id) })
  const roleOf = new Map(roles.map((row) => [row.user_id, row.role]))
  const enrolled = await secondFactorEnrolled(
    req.scope,
    users.map((u) => u.email),
  )
  res.json({
    staff: users.map((user) => ({ ...user, role: roleOf.get(user.id) ?? null, two_factor: enrolled.has(user.email) })),
    roles: Object.entries(ROLES).map(([id, role]) => ({
      id: id as RoleId,
      label: role.name.nl,
      permissions: role.permissions,
      two_factor_required: role.twoFactor,
    })),
  })
}
