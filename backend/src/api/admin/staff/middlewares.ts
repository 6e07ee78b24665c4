import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { assignStaffRoleWorkflow } from "../../../workflows/staff/assign-staff-role"
import { validateBody } from "../../../lib/validation"
import { roleChangeSchema, secondFactorResetSchema } from "./validators"

/**
 * Before Medusa deletes a staff user, their role goes, under the role lock and its checks: only an
 * owner removes a colleague, and the shop keeps an owner (two owners deleting each other at once
 * leave one). A user deleted with their role left behind would still count as an owner.
 */
async function roleLeavesFirst(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const actor = (req as AuthenticatedMedusaRequest).auth_context.actor_id
  await assignStaffRoleWorkflow(req.scope).run({
    input: { user_id: req.params.id!, role: null, actor_id: actor, reason: "user deleted" },
  })
  next()
}

/** Staff management: who has which role, deleting a colleague, and resetting a lost second factor. */
export const adminStaffMiddlewares: MiddlewareRoute[] = [
  { method: ["DELETE"], matcher: "/admin/users/:id", middlewares: [roleLeavesFirst] },
  { method: ["POST"], matcher: "/admin/staff/:id/role", middlewares: [validateBody(roleChangeSchema)] },
  {
    method: ["POST"],
    matcher: "/admin/staff/:id/two-factor/reset",
    middlewares: [validateBody(secondFactorResetSchema)],
  },
]
