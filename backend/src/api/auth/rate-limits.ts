import type { MedusaRequest } from "@medusajs/framework/http"
import { clientIp } from "../../lib/client-ip"
import { readBackendEnv } from "../../lib/env"
import { createLimiter, rateLimit } from "../../lib/rate-limit"

const env = readBackendEnv()

const ip = (req: MedusaRequest) => `ip:${clientIp(req, env)}`
const emailKey = (req: MedusaRequest) => {
  const email = (req.validatedBody as { email?: string } | undefined)?.email
  return email ? [`staff:${email.toLowerCase()}`] : []
}

/** Staff logins: the customers' limit per minute, per account and per IP address (429 + Retry-After). */
export const staffLoginLimit = rateLimit(createLimiter("staff-login", env.RATE_LIMIT_LOGIN_PER_MINUTE, 60), (req) => [
  ip(req),
  ...emailKey(req),
])

/** Second-factor codes: the same limit per IP address, on top of Medusa's five tries per challenge. */
export const secondFactorLimit = rateLimit(
  createLimiter("staff-second-factor", env.RATE_LIMIT_LOGIN_PER_MINUTE, 60),
  (req) => [ip(req)],
)

/** Registrations of staff passwords: the customers' limit per IP address. */
export const staffRegistrationLimit = rateLimit(
  createLimiter("staff-register", env.RATE_LIMIT_REGISTRATIONS_PER_HOUR, 3600),
  (req) => [ip(req)],
)
