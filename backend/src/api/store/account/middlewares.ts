import type { MiddlewareRoute } from "@medusajs/framework/http"
import { loginSchema, registrationSchema, tokenSchema } from "@helder/schemas"
import { requireCustomerSession } from "../../../lib/customer-session"
import { validateBody } from "../../../lib/validation"

/** Routes of the customer account: public ones validate their body, the rest need a live session. */
export const accountMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/account/register", middlewares: [validateBody(registrationSchema)] },
  { method: ["POST"], matcher: "/store/account/verify-email", middlewares: [validateBody(tokenSchema)] },
  { method: ["POST"], matcher: "/store/account/login", middlewares: [validateBody(loginSchema)] },
  { method: ["POST"], matcher: "/store/account/logout", middlewares: [requireCustomerSession()] },
  { method: ["GET"], matcher: "/store/account/me", middlewares: [requireCustomerSession()] },
  // Every customer-scoped core route needs the session too, so a logged-out token reads nothing.
  { matcher: "/store/customers/me*", middlewares: [requireCustomerSession()] },
]
