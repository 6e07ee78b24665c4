import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "zod"
import { isFreshToken, tokenActorType } from "../../lib/staff-token"
import { countFailure } from "./login-failures"
import { recordBeforeAnswer, recordSecurityEvent, staffSubject } from "./security-events"
import type { staffLoginSchema } from "./validators"

/**
 * POST /auth/user/emailpass: every password login, right or wrong, is on the audit log; failures in a row mail the
 * staff member.
 */
export function auditStaffLogin(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const { email } = req.validatedBody as z.infer<typeof staffLoginSchema>
  recordBeforeAnswer(res, next, async (status, body) => {
    const subject = await staffSubject(req, { email })
    if (status >= 400) {
      await recordSecurityEvent(
        req,
        subject,
        "staff-login-failure",
        status === 429 ? "refused: too many attempts" : "wrong e-mail address or password",
      )
      await countFailure(req, subject)
      return
    }
    const secondFactor = Boolean((body as { mfa_required?: boolean }).mfa_required)
    await recordSecurityEvent(
      req,
      subject,
      secondFactor ? "staff-login-password" : "staff-login",
      secondFactor ? "second factor asked" : null,
    )
  })
  next()
}

/**
 * POST /auth/session: only a staff login's fresh token becomes an admin cookie session (not one kept
 * aside past its login's end, nor a customer's: customers' sessions are Helder's own).
 */
export function freshLoginOnly(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const token = /^Bearer (.+)$/i.exec(req.headers.authorization ?? "")?.[1]
  if (token && (!isFreshToken(token) || tokenActorType(token) !== "user")) {
    return res
      .status(401)
      .json({ type: "unauthorized", message: "This login cannot start an admin session. Please log in again." })
  }
  next()
}
