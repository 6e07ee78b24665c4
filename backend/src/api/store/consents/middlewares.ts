import type { MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { consentChoiceSchema, consentIdSchema } from "@helder/privacy"
import { clientIp } from "../../../lib/client-ip"
import { optionalCustomerSession, requireCustomerSession } from "../customer-session"
import { readBackendEnv } from "../../../lib/env"
import { createLimiter, rateLimit } from "../../../lib/rate-limit"
import { NOTHING, validateBody, validateQuery } from "../../../lib/validation"

const env = readBackendEnv()
/** A visitor makes a handful of choices; a flood of them is someone filling the table. */
const choiceLimit = rateLimit(createLimiter("consent", 30, 3600), (req) => [`ip:${clientIp(req, env)}`])
const linkSchema = z.object({ consent_id: consentIdSchema }).strict()

/**
 * Consent proof: recording a choice, looking one up by its id, the customer's history, and the policy editions choices
 * are made under.
 */
export const consentMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/consents",
    middlewares: [validateBody(consentChoiceSchema), choiceLimit, optionalCustomerSession()],
  },
  { matcher: "/store/account/consents*", middlewares: [requireCustomerSession()] },
  { method: ["POST"], matcher: "/store/account/consents/link", middlewares: [validateBody(linkSchema)] },
  { method: ["GET"], matcher: "/store/policy", middlewares: [validateQuery(NOTHING)] },
]
