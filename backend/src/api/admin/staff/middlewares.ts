import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../../lib/validation"
import { roleChangeSchema, secondFactorResetSchema } from "./validators"

/** Staff management: who has which role, and resetting a lost second factor. */
export const adminStaffMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/staff/:id/role", middlewares: [validateBody(roleChangeSchema)] },
  { method: ["POST"], matcher: "/admin/staff/:id/two-factor/reset", middlewares: [validateBody(secondFactorResetSchema)] },
]
