import type { MiddlewareRoute } from "@medusajs/framework/http"
import { NOTHING, validateBody, validateQuery } from "../../../lib/validation"

/** The retention page: rules, runs, warnings; a dry run and a manual run. None takes options. */
export const adminRetentionMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/retention", middlewares: [validateQuery(NOTHING)] },
  { method: ["POST"], matcher: "/admin/retention/preview", middlewares: [validateBody(NOTHING)] },
  { method: ["POST"], matcher: "/admin/retention/runs", middlewares: [validateBody(NOTHING)] },
]
