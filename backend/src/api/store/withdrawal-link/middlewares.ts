import type { MiddlewareRoute } from "@medusajs/framework/http"
import { withdrawalLinkRequestSchema } from "@helder/schemas"
import { validateBody } from "../../../lib/validation"
import { strangerMailLimits } from "../account/limits"

/** The public withdrawal function mails the order's address, so it has the stranger-mail limits. */
export const withdrawalLinkMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/withdrawal-link",
    middlewares: [validateBody(withdrawalLinkRequestSchema), ...strangerMailLimits("withdrawal-link")],
  },
]
