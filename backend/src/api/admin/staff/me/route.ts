import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { PERMISSIONS, ROLES } from "../../../surface/roles"
import { secondFactorEnrolled } from "../two-factor"

/**
 * GET /admin/staff/me — the logged-in user's role, what it permits, and their second factor: whether
 * it is set up, required by the role, and used for this login. Admin pages show only what the role may use.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const staff = req.helderStaff!
  const user = await req.scope
    .resolve(Modules.USER)
    .retrieveUser(staff.userId, { select: ["id", "email", "first_name", "last_name"] })
  const role = staff.role ? ROLES[staff.role] : null
  res.json({
    user,
    role: staff.role,
    role_label: role?.name.nl ?? null,
    permissions: (role?.permissions ?? []).map((id) => ({ id, label: PERMISSIONS[id] })),
    two_factor: {
      enabled: (await secondFactorEnrolled(req.scope, [user.email])).has(user.email),
      required: role?.twoFactor ?? false,
      used: staff.twoFactor,
    },
  })
}
