import type { AuthenticatedMedusaRequest, MedusaRequest, MiddlewareRoute } from "@medusajs/framework/http"
import { requireCustomerSession } from "../../../lib/customer-session"
import { createLimiter, rateLimit } from "../../../lib/rate-limit"

const customer = (req: MedusaRequest) => [`customer:${(req as AuthenticatedMedusaRequest).auth_context.actor_id}`]

/** An export is heavy and personal: a few an hour per customer is plenty for anyone checking their data. */
const exportLimit = rateLimit(createLimiter("data-export", 5, 3600), customer)

/** Data-subject rights: the account's export and erasure, and the guest request form. */
export const privacyMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/account/data-export", middlewares: [requireCustomerSession(), exportLimit] },
]
