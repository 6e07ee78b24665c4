import type { AuthenticatedMedusaRequest, MedusaRequest, MiddlewareRoute } from "@medusajs/framework/http"
import { accountRequestSchema, erasureRequestSchema, guestRequestSchema, tokenSchema } from "@helder/schemas"
import { clientIp } from "../../../lib/client-ip"
import { requireCustomerSession } from "../customer-session"
import { readBackendEnv } from "../../../lib/env"
import { createLimiter, rateLimit } from "../../../lib/rate-limit"
import { NOTHING, validateBody, validateQuery } from "../../../lib/validation"

const env = readBackendEnv()
const customer = (req: MedusaRequest) => [`customer:${(req as AuthenticatedMedusaRequest).auth_context.actor_id}`]
const ip = (req: MedusaRequest) => [`ip:${clientIp(req, env)}`]

/** An export is heavy and personal: a few an hour per customer is plenty for anyone checking their data. */
const exportLimit = rateLimit(createLimiter("data-export", 5, 3600), customer)
/** The erasure asks for the password: as few guesses as a login. */
const erasureLimit = rateLimit(createLimiter("erasure", env.RATE_LIMIT_LOGIN_PER_MINUTE, 60), (req) => [
  ...customer(req),
  ...ip(req),
])
/** A guest request mails a link: three per hour per address, so nobody floods a mailbox, and twenty per IP. */
const guestRequestMailLimit = rateLimit(createLimiter("privacy-request-mail", 3, 3600), (req) => [
  `email:${(req.validatedBody as { email?: string } | undefined)?.email ?? ""}`,
])
const guestRequestIpLimit = rateLimit(createLimiter("privacy-request-ip", 20, 3600), ip)
/** A request for the desk from the account: plenty for a person, too few to flood the desk. */
const accountRequestLimit = rateLimit(createLimiter("account-privacy-request", 10, 3600), customer)
/** Mailed links are 256-bit secrets; the limit only keeps a flood of guesses off the database. */
const linkLimit = rateLimit(createLimiter("privacy-link", 30, 3600), ip)

/** Data-subject rights: the account's export, erasure and desk requests, the undo link and the guest request form. */
export const privacyMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/account/data-export",
    middlewares: [validateQuery(NOTHING), requireCustomerSession(), exportLimit],
  },
  {
    method: ["POST"],
    matcher: "/store/account/erasure",
    middlewares: [requireCustomerSession(), validateBody(erasureRequestSchema), erasureLimit],
  },
  {
    method: ["GET"],
    matcher: "/store/account/privacy-requests",
    middlewares: [validateQuery(NOTHING), requireCustomerSession()],
  },
  {
    method: ["POST"],
    matcher: "/store/account/privacy-requests",
    middlewares: [requireCustomerSession(), validateBody(accountRequestSchema), accountRequestLimit],
  },
  {
    method: ["GET"],
    matcher: "/store/account/privacy-requests/:id",
    middlewares: [validateQuery(NOTHING), requireCustomerSession()],
  },
  { method: ["POST"], matcher: "/store/privacy/erasure/undo", middlewares: [validateBody(tokenSchema), linkLimit] },
  {
    method: ["POST"],
    matcher: "/store/privacy/requests",
    middlewares: [validateBody(guestRequestSchema), guestRequestIpLimit, guestRequestMailLimit],
  },
  { method: ["POST"], matcher: "/store/privacy/requests/verify", middlewares: [validateBody(tokenSchema), linkLimit] },
  { method: ["GET"], matcher: "/store/privacy/requests/export", middlewares: [linkLimit] },
]
