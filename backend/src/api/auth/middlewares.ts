import type { MiddlewareRoute } from "@medusajs/framework/http"
import { refuseBreachedPassword } from "../../lib/breached-password"
import { validateBody } from "../../lib/validation"
import { secondFactorLimit, staffLoginLimit, staffRegistrationLimit } from "./rate-limits"
import { guardSecondFactor, recentSecondFactorOnly, removeOnlyPendingFactor, staffAtAnyStage } from "./second-factor"
import { auditStaffLogin, freshLoginOnly } from "./staff-login"
import { auditPasswordChange, invitedOnly } from "./staff-password"
import { recoveryCodesSchema, staffLoginSchema, staffPasswordSchema } from "./validators"

/**
 * Staff log in through Medusa's own auth routes (password, then Medusa's TOTP challenge); Helder adds
 * the limits, the password policy, the refusal of replayed codes and the audit log of every attempt.
 */
export const staffAuthMiddlewares: MiddlewareRoute[] = [
  { matcher: "/auth/mfa*", middlewares: [staffAtAnyStage] },
  { method: ["POST"], matcher: "/auth/session", middlewares: [freshLoginOnly] },
  { method: ["DELETE"], matcher: "/auth/mfa/factors/:id", middlewares: [removeOnlyPendingFactor] },
  {
    method: ["POST"],
    matcher: "/auth/user/emailpass",
    middlewares: [validateBody(staffLoginSchema), auditStaffLogin, staffLoginLimit],
  },
  // The limit comes before the password check: the policy's dictionary scoring costs CPU on every call.
  {
    method: ["POST"],
    matcher: "/auth/user/emailpass/register",
    middlewares: [
      staffRegistrationLimit,
      validateBody(staffPasswordSchema),
      refuseBreachedPassword(),
      invitedOnly,
      auditPasswordChange,
    ],
  },
  {
    method: ["POST"],
    matcher: "/auth/user/emailpass/update",
    middlewares: [
      staffRegistrationLimit,
      validateBody(staffPasswordSchema),
      refuseBreachedPassword(),
      auditPasswordChange,
    ],
  },
  { method: ["POST"], matcher: "/auth/mfa/challenges/:id/verify", middlewares: [secondFactorLimit, guardSecondFactor] },
  { method: ["POST"], matcher: "/auth/mfa/factors/:id/verify", middlewares: [secondFactorLimit, guardSecondFactor] },
  {
    method: ["POST"],
    matcher: "/auth/mfa/recovery-codes",
    middlewares: [validateBody(recoveryCodesSchema), recentSecondFactorOnly],
  },
]
