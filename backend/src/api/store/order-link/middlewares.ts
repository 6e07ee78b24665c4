import type { MiddlewareRoute } from "@medusajs/framework/http"
import { returnRequestSchema, withdrawalSchema } from "@helder/schemas"
import { z } from "@medusajs/framework/zod"
import { validateBody, validateQuery } from "../../../lib/validation"

/**
 * Order links, returns and withdrawals, by a customer on their own order or by a guest through the signed order link.
 */
export const orderReturnMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/account/orders/:id/returns", middlewares: [validateBody(returnRequestSchema)] },
  { method: ["POST"], matcher: "/store/account/orders/:id/withdrawal", middlewares: [validateBody(withdrawalSchema)] },
  { method: ["POST"], matcher: "/store/order-link/returns", middlewares: [validateBody(returnRequestSchema)] },
  { method: ["POST"], matcher: "/store/order-link/withdrawal", middlewares: [validateBody(withdrawalSchema)] },
  {
    method: ["POST"],
    matcher: "/store/order-link",
    middlewares: [validateBody(z.object({ cart_id: z.string().regex(/^cart_[0-9A-Z]{26}$/, "a cart id") }).strict())],
  },
  {
    method: ["GET"],
    matcher: "/store/withdrawal-form",
    middlewares: [validateQuery(z.object({ lang: z.enum(["nl", "en"]).default("nl") }).strict())],
  },
]
