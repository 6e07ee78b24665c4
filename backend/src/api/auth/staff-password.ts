import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { recordBeforeAnswer, recordSecurityEvent, staffSubject } from "./security-events"

/**
 * POST /auth/user/emailpass/register: a password is set only for an address with a pending invite
 * (accepting it is the next step); nobody claims a future colleague's address first.
 */
export async function invitedOnly(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const email = (req.validatedBody as { email?: string }).email
  const invites = email
    ? await req.scope.resolve(Modules.USER).listInvites({ email }, { select: ["id", "accepted", "expires_at"] })
    : []
  if (!invites.some((invite) => !invite.accepted && new Date(invite.expires_at).getTime() > Date.now())) {
    return res
      .status(401)
      .json({ type: "unauthorized", message: "Staff accounts are made by accepting an invite from the shop's owner." })
  }
  next()
}

/** A new password of a staff member (invite acceptance or reset link): policy first, and a change is audited. */
export function auditPasswordChange(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  recordBeforeAnswer(res, next, async (status) => {
    if (status >= 400) return
    const email = (req.validatedBody as { email?: string }).email
    await recordSecurityEvent(
      req,
      await staffSubject(req, { email, authIdentityId: req.auth_context?.auth_identity_id }),
      "staff-password-change",
    )
  })
  next()
}
