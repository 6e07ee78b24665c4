import type { MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { newsletterConfirmSchema, newsletterSubscribeSchema, newsletterUnsubscribeSchema } from "@helder/schemas"
import { clientIp } from "../../../lib/client-ip"
import { requireCustomerSession } from "../../../lib/customer-session"
import { readBackendEnv } from "../../../lib/env"
import { createLimiter, rateLimit } from "../../../lib/rate-limit"
import { validateBody } from "../../../lib/validation"

const env = readBackendEnv()
/** Sign-ups mail a stranger's address, so they are limited per IP and per address. */
const subscribeLimit = rateLimit(createLimiter("newsletter", 5, 3600), (req) => {
  const email = (req.validatedBody as { email?: string } | undefined)?.email
  return [`ip:${clientIp(req, env)}`, ...(email ? [`email:${email}`] : [])]
})

const sendSchema = z.object({ subject: z.string().trim().min(3).max(150), body: z.string().trim().min(10).max(20000) }).strict()

/** The newsletter's public routes, the account's opt-out, and the staff send route. */
export const newsletterMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/newsletter/subscribe", middlewares: [validateBody(newsletterSubscribeSchema), subscribeLimit] },
  { method: ["POST"], matcher: "/store/newsletter/confirm", middlewares: [validateBody(newsletterConfirmSchema)] },
  { method: ["POST"], matcher: "/store/newsletter/unsubscribe", middlewares: [validateBody(newsletterUnsubscribeSchema)] },
  { matcher: "/store/account/newsletter", middlewares: [requireCustomerSession()] },
  { method: ["POST"], matcher: "/admin/newsletter/send", middlewares: [validateBody(sendSchema)] },
]
