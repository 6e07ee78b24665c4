import type { MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { newsletterConfirmSchema, newsletterSubscribeSchema, newsletterUnsubscribeSchema } from "@helder/schemas"
import { requireCustomerSession } from "../customer-session"
import { validateBody } from "../../../lib/validation"
import { strangerMailLimits } from "../account/limits"

const sendSchema = z
  .object({ subject: z.string().trim().min(3).max(150), body: z.string().trim().min(10).max(20000) })
  .strict()

/**
 * The newsletter's public routes (a sign-up mails an address nobody has proven to hold, so it has the stranger-mail
 * limits), the account's opt-out, and the staff send route.
 */
export const newsletterMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/newsletter/subscribe",
    middlewares: [validateBody(newsletterSubscribeSchema), ...strangerMailLimits("newsletter")],
  },
  { method: ["POST"], matcher: "/store/newsletter/confirm", middlewares: [validateBody(newsletterConfirmSchema)] },
  {
    method: ["POST"],
    matcher: "/store/newsletter/unsubscribe",
    middlewares: [validateBody(newsletterUnsubscribeSchema)],
  },
  { matcher: "/store/account/newsletter", middlewares: [requireCustomerSession()] },
  { method: ["POST"], matcher: "/admin/newsletter/send", middlewares: [validateBody(sendSchema)] },
]
