import type { MiddlewareRoute } from "@medusajs/framework/http"
import {
  accountAddressSchema,
  emailChangeConfirmSchema,
  emailChangeSchema,
  loginSchema,
  profileUpdateSchema,
  passwordChangeSchema,
  passwordResetRequestSchema,
  passwordResetSchema,
  registrationSchema,
  tokenSchema,
} from "@helder/schemas"
import { refuseBreachedPassword } from "../../../lib/breached-password"
import { requireCustomerSession } from "../customer-session"
import { validateBody } from "../../../lib/validation"
import { loginLimit, registrationLimit, resetMailLimit, strangerMailLimits } from "./limits"

/** Routes of the customer account: public ones validate their body, the rest need a live session. */
export const accountMiddlewares: MiddlewareRoute[] = [
  // The per-IP limit comes before validation: the password policy's dictionary scoring costs CPU on every call.
  {
    method: ["POST"],
    matcher: "/store/account/register",
    middlewares: [
      registrationLimit,
      validateBody(registrationSchema),
      refuseBreachedPassword(),
      ...strangerMailLimits("register"),
    ],
  },
  { method: ["POST"], matcher: "/store/account/verify-email", middlewares: [validateBody(tokenSchema)] },
  { method: ["POST"], matcher: "/store/account/login", middlewares: [validateBody(loginSchema), loginLimit] },
  {
    method: ["POST"],
    matcher: "/store/account/password-reset/request",
    middlewares: [validateBody(passwordResetRequestSchema), resetMailLimit, ...strangerMailLimits("reset")],
  },
  { method: ["POST"], matcher: "/store/account/password-reset", middlewares: [validateBody(passwordResetSchema)] },
  {
    method: ["POST"],
    matcher: "/store/account/password",
    middlewares: [requireCustomerSession(), validateBody(passwordChangeSchema), loginLimit, refuseBreachedPassword()],
  },
  {
    method: ["POST"],
    matcher: "/store/account/email",
    middlewares: [
      requireCustomerSession(),
      validateBody(emailChangeSchema),
      loginLimit,
      ...strangerMailLimits("email-change", "new_email"),
    ],
  },
  { method: ["POST"], matcher: "/store/account/email/confirm", middlewares: [validateBody(emailChangeConfirmSchema)] },
  { method: ["POST"], matcher: "/store/account/logout", middlewares: [requireCustomerSession()] },
  { method: ["GET"], matcher: "/store/account/me", middlewares: [requireCustomerSession()] },
  {
    method: ["POST"],
    matcher: "/store/account/me",
    middlewares: [requireCustomerSession(), validateBody(profileUpdateSchema)],
  },
  // Saved addresses use Medusa's routes, with Helder's postcode and length checks in front.
  {
    method: ["POST"],
    matcher: "/store/customers/me/addresses",
    middlewares: [validateBody(accountAddressSchema, { replaceBody: true })],
  },
  {
    method: ["POST"],
    matcher: "/store/customers/me/addresses/:address_id",
    middlewares: [validateBody(accountAddressSchema, { replaceBody: true })],
  },
  { matcher: "/store/account/orders*", middlewares: [requireCustomerSession()] },
]
