import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { resetSecondFactorWorkflow } from "../../../../../../workflows/staff/reset-second-factor"
import type { SecondFactorReset } from "../../../validators"

/**
 * POST /admin/staff/:id/two-factor/reset — an owner resets a colleague's lost second factor, with a reason; on the
 * audit log.
 */
export async function POST(req: AuthenticatedMedusaRequest<SecondFactorReset>, res: MedusaResponse) {
  const userId = req.params.id!
  const [user] = await req.scope.resolve(Modules.USER).listUsers({ id: userId }, { select: ["id"] })
  if (!user) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Staff user not found")
  const { result } = await resetSecondFactorWorkflow(req.scope).run({
    input: { user_id: userId, actor_id: req.auth_context.actor_id, reason: req.validatedBody.reason },
  })
  res.json({ user_id: userId, disabled: result.disabled })
}
