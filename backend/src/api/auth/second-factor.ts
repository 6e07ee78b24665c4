import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { authenticate } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { now } from "../../lib/clock"
import { RateLimitedError, sendRateLimited } from "../../lib/rate-limit"
import { hashSecret } from "../../lib/tokens"
import { STAFF_MODULE } from "../../modules/staff"
import type StaffModuleService from "../../modules/staff/service"
import { SESSION_ENDED, staffLoginOpen } from "../surface/staff-guard"
import { codeFailuresOf, countFailure, STAFF_FAILURES_BEFORE_LOCK } from "./login-failures"
import { recordBeforeAnswer, recordSecurityEvent, staffSubject } from "./security-events"

/**
 * Medusa's second-factor routes take any actor's token; Helder's customers log in without a second
 * factor (their login is /store/account/login), so these routes are for staff only, at any stage of
 * their login (password done, second factor pending).
 */
const authenticateStaffAtAnyStage = authenticate("user", ["session", "bearer"], {
  allowUnregistered: true,
  requireMfa: false,
})

/**
 * Staff only, at any stage of their login; once past the password (a user token), the admin login must
 * still be open — a token whose login ended (idle, 12 hours, a role change, an owner's reset) cannot
 * enrol a factor or make recovery codes.
 */
export function staffAtAnyStage(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  authenticateStaffAtAnyStage(req, res, async (error?: unknown) => {
    if (error) return next(error)
    try {
      const userId = req.auth_context?.actor_id
      if (userId && !(await staffLoginOpen(req, userId)))
        return res.status(401).json({ type: "unauthorized", message: SESSION_ENDED })
      next()
    } catch (sessionError) {
      next(sessionError)
    }
  })
}

/** How long after a factor was enabled, or a code was last entered, new recovery codes may be made. */
const RECOVERY_CODES_WITHIN_MS = 10 * 60_000

/**
 * POST /auth/mfa/recovery-codes replaces the old codes: only right after the factor was set up, or
 * within minutes of logging in with a code — never with a session alone. Each set made is audited.
 */
export async function recentSecondFactorOnly(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction,
) {
  const identity = req.auth_context.auth_identity_id
  const [factor] = await req.scope.resolve(Modules.AUTH).listAuthMfa({ auth_identity_id: identity, status: "enabled" })
  const completed = (req.auth_context as { mfa_challenge_completed_at?: string | null }).mfa_challenge_completed_at
  const recent = (at?: string | Date | null) =>
    Boolean(at) && Date.now() - new Date(at!).getTime() <= RECOVERY_CODES_WITHIN_MS
  // Enabling the factor is its last change: its updated_at says when it was set up.
  const enabledAt = (factor as { updated_at?: string | Date } | undefined)?.updated_at
  if (factor && !recent(enabledAt) && !recent(completed)) {
    return res
      .status(403)
      .json({ type: "not_allowed", message: "Log in again with a code from your app to make new recovery codes." })
  }
  recordBeforeAnswer(res, next, async (status) => {
    if (status < 400)
      await recordSecurityEvent(req, await staffSubject(req, { authIdentityId: identity }), "staff-recovery-codes-made")
  })
  next()
}

/**
 * DELETE /auth/mfa/factors/:id: its holder may drop a set-up they never finished (a pending factor,
 * to start again); an enabled factor goes only by an owner's reset, never by whoever holds the session.
 */
export async function removeOnlyPendingFactor(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction,
) {
  const [factor] = await req.scope
    .resolve(Modules.AUTH)
    .listAuthMfa({ id: [req.params.id!], auth_identity_id: req.auth_context.auth_identity_id })
  if (!factor) return res.status(404).json({ type: "not_found", message: "Second factor not found" })
  if (factor.status !== "pending") {
    return res.status(403).json({
      type: "not_allowed",
      message: "An enabled second factor is removed only by an owner's reset (Medewerkers).",
    })
  }
  next()
}

/**
 * The second-factor routes (log-in challenge and enrolment): a code that logged in once is refused the
 * second time (RFC 6238 §5.2: "the verifier MUST NOT accept the second attempt of the same OTP"), each
 * failure is audited and counted, and a recovery code's use is on the audit log.
 */
export async function guardSecondFactor(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction,
) {
  // staffAtAnyStage (on every /auth/mfa route) authenticated the request before.
  const body = (req.body ?? {}) as { code?: unknown; method?: unknown }
  const code = typeof body.code === "string" ? body.code.trim() : ""
  const method = body.method === "recovery_code" ? "recovery_code" : "totp"
  const identity = req.auth_context?.auth_identity_id
  if (!identity || !code) return next()
  const staff = req.scope.resolve<StaffModuleService>(STAFF_MODULE)
  const subject = await staffSubject(req, { authIdentityId: identity })
  // Medusa allows five tries per challenge, and a new challenge per password login: across them, ten
  // failures in 15 minutes lock the account's codes (a 6-digit code cannot be guessed in turns).
  const tried = subject.userId ? await codeFailuresOf(subject.userId) : null
  if (tried && tried.consumedPoints >= STAFF_FAILURES_BEFORE_LOCK)
    return sendRateLimited(res, new RateLimitedError(Math.max(1, Math.ceil(tried.msBeforeNext / 1000))))
  const codeKey = hashSecret(`totp:${identity}:${code}`)
  if (method === "totp" && !(await staff.claimCode(codeKey, now()))) {
    await recordSecurityEvent(req, subject, "staff-second-factor-failure", "a code that was used before")
    await countFailure(req, subject, { code: true })
    return res
      .status(401)
      .json({ type: "unauthorized", message: "This code was used already. Wait for the next code in your app." })
  }
  recordBeforeAnswer(res, next, async (status) => {
    if (status >= 400) {
      // A wrong code was never valid: give it back, so it cannot block the right one later.
      if (method === "totp") await staff.releaseCode(codeKey)
      await recordSecurityEvent(
        req,
        subject,
        "staff-second-factor-failure",
        method === "recovery_code" ? "wrong recovery code" : "wrong code",
      )
      await countFailure(req, subject, { code: true })
      return
    }
    if (method === "recovery_code") await recordSecurityEvent(req, subject, "staff-recovery-code-used")
    if (req.path.includes("/challenges/")) await recordSecurityEvent(req, subject, "staff-login", "with second factor")
    else await recordSecurityEvent(req, subject, "staff-second-factor-enrolled")
  })
  next()
}
