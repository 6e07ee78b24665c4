import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../../lib/validation"
import { orderLookupQuerySchema } from "./validators"

export const adminOrderLookupMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/order-lookup", middlewares: [validateQuery(orderLookupQuerySchema)] },
]
