import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../../lib/validation"
import { contactMessageListQuerySchema } from "./validators"

/** Staff read contact messages and mark them answered (Medusa authenticates every /admin route). */
export const adminContactMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/contact-messages", middlewares: [validateQuery(contactMessageListQuerySchema)] },
]
