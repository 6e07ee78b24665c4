import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { authenticate } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { PASSWORD_MAX_LENGTH, passwordProblem } from "@helder/schemas"
import { z } from "zod"
import { clientIp } from "../../lib/client-ip"
import { now } from "../../lib/clock"
import { readBackendEnv } from "../../lib/env"
import { createLimiter, rateLimit, RateLimitedError, sendRateLimited } from "../../lib/rate-limit"
import { sign } from "../../lib/signature"
import { isFreshToken } from "../../lib/staff-token"
import { hashSecret } from "../../lib/tokens"
import { STAFF_MODULE } from "../../modules/staff"
import type StaffModuleService from "../../modules/staff/service"
import { recordAccessWorkflow } from "../../workflows/audit/record-access"
import { sendMailWorkflow } from "../../workflows/mail/send-mail"

const env = readBackendEnv()

/** Failures in a row (password or second factor) after which the staff member gets a mail. */
export const STAFF_FAILURES_BEFORE_MAIL = 5

export const staffLoginSchema = z.object({ email: z.email().max(254), password: z.string().min(1).max(PASSWORD_MAX_LENGTH + 1) }).strict()

/** A new staff password (accepting an invite, or a reset link): the customers' policy holds for staff too. */
export const staffPasswordSchema = z
  .object({ email: z.email().max(254).optional(), password: z.string() })
  .superRefine((body, ctx) => {
    const problem = passwordProblem(body.password, body.email)
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem })
  })

/** Medusa Admin asks for ten recovery codes; a request for any other number is refused. */
export const recoveryCodesSchema = z.object({ count: z.literal(10).optional() }).strict()

const ip = (req: MedusaRequest) => `ip:${clientIp(req, env)}`
const emailKey = (req: MedusaRequest) => {
  const email = (req.validatedBody as { email?: string } | undefined)?.email
  return email ? [`staff:${email.toLowerCase()}`] : []
}

/** Staff logins: the customers' limit per minute, per account and per IP address (429 + Retry-After). */
export const staffLoginLimit = rateLimit(createLimiter("staff-login", env.RATE_LIMIT_LOGIN_PER_MINUTE, 60), (req) => [ip(req), ...emailKey(req)])

/** Second-factor codes: the same limit per IP address, on top of Medusa's five tries per challenge. */
export const secondFactorLimit = rateLimit(createLimiter("staff-second-factor", env.RATE_LIMIT_LOGIN_PER_MINUTE, 60), (req) => [ip(req)])

/** Second-factor failures in 15 minutes after which the account's codes are refused until the window ends. */
export const STAFF_FAILURES_BEFORE_LOCK = 10

/** Failures per account within 15 minutes; the mail goes out when the count reaches STAFF_FAILURES_BEFORE_MAIL. */
const failures = createLimiter("staff-login-failures", 1000, 15 * 60)
const failureKey = (userId: string) => sign("rate-limit", `staff-failures:${userId}`)

type Subject = { userId: string | null; email: string | null }

/** The staff user behind an e-mail address or an auth identity, when there is one. */
async function staffSubject(req: MedusaRequest, by: { email?: string; authIdentityId?: string }): Promise<Subject> {
  let email = by.email?.toLowerCase() ?? null
  if (!email && by.authIdentityId) {
    const [identity] = await req.scope.resolve(Modules.AUTH).listProviderIdentities({ auth_identity_id: by.authIdentityId, provider: "emailpass" })
    email = identity?.entity_id ?? null
  }
  if (!email) return { userId: null, email: null }
  const [user] = await req.scope.resolve(Modules.USER).listUsers({ email }, { select: ["id"] })
  return { userId: user?.id ?? null, email }
}

/** A security event on the audit log; an unknown account is logged under a keyed hash of the address tried, never the address. */
async function recordSecurityEvent(req: MedusaRequest, subject: Subject, action: string, reason: string | null = null) {
  const id = subject.userId ?? `unknown:${sign("staff-login", subject.email ?? "none").slice(0, 24)}`
  await recordAccessWorkflow(req.scope).run({ input: { actor_type: "user", actor_id: id, action, subject_type: "staff", subject_id: id, reason } })
}

/** Counts a failure; the staff member is mailed once, when failures in a row reach the threshold. */
async function countFailure(req: MedusaRequest, subject: Subject) {
  if (!subject.userId || !subject.email) return
  const result = await failures.consume(failureKey(subject.userId))
  if (result.consumedPoints !== STAFF_FAILURES_BEFORE_MAIL) return
  await sendMailWorkflow(req.scope).run({
    input: { to: subject.email, template: "staff-login-failures", locale: "nl", data: { failures: String(STAFF_FAILURES_BEFORE_MAIL) } },
  })
}

/**
 * Lets a route answer only after `record` ran with its status and body: a login's token goes out only
 * once its audit row is written. A failure to record becomes the answer (500), never a silent gap.
 */
function recordBeforeAnswer(res: MedusaResponse, next: MedusaNextFunction, record: (status: number, body: unknown) => Promise<void>) {
  const send = res.json.bind(res)
  res.json = (body: unknown) => {
    record(res.statusCode, body).then(
      () => send(body),
      (error) => next(error)
    )
    return res
  }
}

/** POST /auth/user/emailpass: every password login, right or wrong, is on the audit log; failures in a row mail the staff member. */
export function auditStaffLogin(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const { email } = req.validatedBody as z.infer<typeof staffLoginSchema>
  recordBeforeAnswer(res, next, async (status, body) => {
    const subject = await staffSubject(req, { email })
    if (status >= 400) {
      await recordSecurityEvent(req, subject, "staff-login-failure", status === 429 ? "refused: too many attempts" : "wrong e-mail address or password")
      await countFailure(req, subject)
      return
    }
    const secondFactor = Boolean((body as { mfa_required?: boolean }).mfa_required)
    await recordSecurityEvent(req, subject, secondFactor ? "staff-login-password" : "staff-login", secondFactor ? "second factor asked" : null)
  })
  next()
}

/**
 * Medusa's second-factor routes take any actor's token; Helder's customers log in without a second
 * factor (their login is /store/account/login), so these routes are for staff only, at any stage of
 * their login (password done, second factor pending).
 */
export const staffAtAnyStage = authenticate("user", ["session", "bearer"], { allowUnregistered: true, requireMfa: false })

/**
 * DELETE /auth/mfa/factors/:id: its holder may drop a set-up they never finished (a pending factor,
 * to start again); an enabled factor goes only by an owner's reset, never by whoever holds the session.
 */
export async function removeOnlyPendingFactor(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const [factor] = await req.scope.resolve(Modules.AUTH).listAuthMfa({ id: [req.params.id!], auth_identity_id: req.auth_context.auth_identity_id })
  if (!factor) return res.status(404).json({ type: "not_found", message: "Second factor not found" })
  if (factor.status !== "pending") {
    return res.status(403).json({ type: "not_allowed", message: "An enabled second factor is removed only by an owner's reset (Medewerkers)." })
  }
  next()
}

/**
 * The second-factor routes (log-in challenge and enrolment): a code that logged in once is refused the
 * second time (RFC 6238 §5.2: "the verifier MUST NOT accept the second attempt of the same OTP"), each
 * failure is audited and counted, and a recovery code's use is on the audit log.
 */
export async function guardSecondFactor(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
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
  const tried = subject.userId ? await failures.get(failureKey(subject.userId)) : null
  if (tried && tried.consumedPoints >= STAFF_FAILURES_BEFORE_LOCK) return sendRateLimited(res, new RateLimitedError(Math.max(1, Math.ceil(tried.msBeforeNext / 1000))))
  const codeKey = hashSecret(`totp:${identity}:${code}`)
  if (method === "totp" && !(await staff.claimCode(codeKey, now()))) {
    await recordSecurityEvent(req, subject, "staff-second-factor-failure", "a code that was used before")
    await countFailure(req, subject)
    return res.status(401).json({ type: "unauthorized", message: "This code was used already. Wait for the next code in your app." })
  }
  recordBeforeAnswer(res, next, async (status) => {
    if (status >= 400) {
      // A wrong code was never valid: give it back, so it cannot block the right one later.
      if (method === "totp") await staff.releaseCode(codeKey)
      await recordSecurityEvent(req, subject, "staff-second-factor-failure", method === "recovery_code" ? "wrong recovery code" : "wrong code")
      await countFailure(req, subject)
      return
    }
    if (method === "recovery_code") await recordSecurityEvent(req, subject, "staff-recovery-code-used")
    if (req.path.includes("/challenges/")) await recordSecurityEvent(req, subject, "staff-login", "with second factor")
    else await recordSecurityEvent(req, subject, "staff-second-factor-enrolled")
  })
  next()
}

/** POST /auth/session: only a login's fresh token becomes an admin cookie session (not one kept aside past its login's end). */
export function freshLoginOnly(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const token = /^Bearer (.+)$/i.exec(req.headers.authorization ?? "")?.[1]
  if (token && !isFreshToken(token)) return res.status(401).json({ type: "unauthorized", message: "This login is too old to start a session. Please log in again." })
  next()
}

/** A new password of a staff member (invite acceptance or reset link): policy first, and a change is audited. */
export function auditPasswordChange(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  recordBeforeAnswer(res, next, async (status) => {
    if (status >= 400) return
    const email = (req.validatedBody as { email?: string }).email
    await recordSecurityEvent(req, await staffSubject(req, { email, authIdentityId: req.auth_context?.auth_identity_id }), "staff-password-change")
  })
  next()
}
