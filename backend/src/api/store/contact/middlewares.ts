import type { MiddlewareRoute } from "@medusajs/framework/http"
import { contactMessageSchema } from "@helder/schemas"
import { clientIp } from "../../../lib/client-ip"
import { readBackendEnv } from "../../../lib/env"
import { createLimiter, rateLimit } from "../../../lib/rate-limit"
import { validateBody } from "../../../lib/validation"
import { strangerMailLimits } from "../account/limits"

const env = readBackendEnv()
/** Ten messages per hour per IP keeps the inbox usable without getting in a real sender's way. */
const contactLimit = rateLimit(createLimiter("contact", 10, 3600), (req) => [`ip:${clientIp(req, env)}`])

/** The public contact form. */
export const contactMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/contact",
    middlewares: [validateBody(contactMessageSchema), contactLimit, ...strangerMailLimits("contact")],
  },
]
