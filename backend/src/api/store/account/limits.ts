import type { MedusaRequest } from "@medusajs/framework/http"
import { clientIp } from "../../../lib/client-ip"
import { readBackendEnv } from "../../../lib/env"
import { createLimiter, rateLimit } from "../../../lib/rate-limit"

const env = readBackendEnv()
const ip = (req: MedusaRequest) => `ip:${clientIp(req, env)}`
/** The address a request names in `field` of its validated body, as a limiter key. */
const addressIn = (field: string) => (req: MedusaRequest) => {
  const value = (req.validatedBody as Record<string, unknown> | undefined)?.[field]
  return typeof value === "string" ? [`email:${value}`] : []
}
const email = addressIn("email")

/** Login: N attempts per minute per account and, separately, per IP address. */
export const loginLimit = rateLimit(createLimiter("login", env.RATE_LIMIT_LOGIN_PER_MINUTE, 60), (req) => [
  ip(req),
  ...email(req),
])

/**
 * A form that mails an address nobody has proven to hold (a registration's "you already have an
 * account" or verification mail, a reset link, a contact confirmation, the confirmation link of a new
 * e-mail address, named in `field`) is limited per address and per
 * IP, so nobody turns the shop into a tool to flood a stranger's mailbox (429 with Retry-After).
 */
export function strangerMailLimits(form: string, field = "email") {
  return [
    rateLimit(createLimiter(`${form}-mail-address`, env.RATE_LIMIT_MAILS_PER_ADDRESS_PER_HOUR, 3600), addressIn(field)),
    rateLimit(createLimiter(`${form}-mail-ip`, env.RATE_LIMIT_MAILS_PER_IP_PER_HOUR, 3600), (req) => [ip(req)]),
  ]
}

/** Password-reset mails: N per hour per address, so nobody floods a mailbox. */
export const resetMailLimit = rateLimit(createLimiter("reset-mail", env.RATE_LIMIT_RESET_MAILS_PER_HOUR, 3600), email)

/** Registrations: N per hour per IP address. */
export const registrationLimit = rateLimit(
  createLimiter("register", env.RATE_LIMIT_REGISTRATIONS_PER_HOUR, 3600),
  (req) => [ip(req)],
)
