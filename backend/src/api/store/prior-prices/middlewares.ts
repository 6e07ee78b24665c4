import type { MiddlewareRoute } from "@medusajs/framework/http"
import { priorPricesQuerySchema } from "@helder/schemas"
import { validateQuery } from "../../../lib/validation"

/** The prices of a page's variants with the prior price of a running reduction. */
export const priorPricesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/prior-prices", middlewares: [validateQuery(priorPricesQuerySchema)] },
]
