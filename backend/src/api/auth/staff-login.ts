import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { authenticate } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { PASSWORD_MAX_LENGTH, passwordProblem } from "@helder/schemas"
import { z } from "zod"
import { clientIp } from "../../lib/client-ip"
import { now } from "../../lib/clock"
import { readBackendEnv } from "../../lib/env"
import { createLimiter, rateLimit, RateLimitedError, sendRateLimited } from "../../lib/rate-limit"
import { sign } from "../../lib/signature"
import { isFreshToken, tokenActorType } from "../../lib/staff-token"
import { hashSecret } from "../../lib/tokens"
import { STAFF_MODULE } from "../../modules/staff"
import { SESSION_ENDED, staffLoginOpen } from "../surface/staff-guard"
import type StaffModuleService from "../../modules/staff/service"
import { recordAccessWorkflow } from "../../workflows/audit/record-access"
import { sendMailWorkflow } from "../../workflows/mail/send-mail"

const env = readBackendEnv()

/** Failures in a row (password or second factor) after which the staff member gets a mail. */
export const STAFF_FAILURES_BEFORE_MAIL = 5

export const staffLoginSchema = z
  .object({
    email: z.email().max(254),
    password: z
      .string()
      .min(1)
      .max(PASSWORD_MAX_LENGTH + 1),
  })
  .strict()

/** A new staff password (accepting an invite, or a reset link): the customers' policy holds for staff too. */
export const staffPasswordSchema = z
  .object({ email: z.email().max(254).optional(), password: z.string() })
  .superRefine((body, ctx) => {
    const problem = passwordProblem(body.password, { email: body.email })
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
export const staffLoginLimit = rateLimit(createLimiter("staff-login", env.RATE_LIMIT_LOGIN_PER_MINUTE, 60), (req) => [
  ip(req),
  ...emailKey(req),
])

/** Second-factor codes: the same limit per IP address, on top of Medusa's five tries per challenge. */
export const secondFactorLimit = rateLimit(
  createLimiter("staff-second-factor", env.RATE_LIMIT_LOGIN_PER_MINUTE, 60),
  (req) => [ip(req)],
)

/** Wrong second-factor codes in 15 minutes after which the account's codes are refused until the window ends. */
export const STAFF_FAILURES_BEFORE_LOCK = 10

/**
 * Failures per account within 15 minutes (passwords and codes); the mail goes out when the count reaches
 * STAFF_FAILURES_BEFORE_MAIL.
 */
const failures = createLimiter("staff-login-failures", 1000, 15 * 60)
/** Wrong codes alone: someone who only knows the address cannot lock the second factor with wrong passwords. */
const codeFailures = createLimiter("staff-code-failures", 1000, 15 * 60)
const failureKey = (userId: string) => sign("rate-limit", `staff-failures:${userId}`)

type Subject = { userId: string | null; email: string | null }

/** The staff user behind an e-mail address or an auth identity, when there is one. */
async function staffSubject(req: MedusaRequest, by: { email?: string; authIdentityId?: string }): Promise<Subject> {
  let email = by.email?.toLowerCase() ?? null
  if (!email && by.authIdentityId) {
    const [identity] = await req.scope
      .resolve(Modules.AUTH)
      .listProviderIdentities({ auth_identity_id: by.authIdentityId, provider: "emailpass" })
    email = identity?.entity_id ?? null
  }
  if (!email) return { userId: null, email: null }
  const [user] = await req.scope.resolve(Modules.USER).listUsers({ email }, { select: ["id"] })
  return { userId: user?.id ?? null, email }
}

/**
 * A security event on the audit log; an unknown account is logged under a keyed hash of the address tried, never the
 * address.
 */
async function recordSecurityEvent(req: MedusaRequest, subject: Subject, action: string, reason: string | null = null) {
  const id = subject.userId ?? `unknown:${sign("staff-login", subject.email ?? "none").slice(0, 24)}`
  await recordAccessWorkflow(req.scope).run({
    input: { actor_type: "user", actor_id: id, action, subject_type: "staff", subject_id: id, reason },
  })
}

/** Counts a failure; the staff member is mailed once, when failures in a row reach the threshold. */
async function countFailure(req: MedusaRequest, subject: Subject, { code = false } = {}) {
  if (!subject.userId || !subject.email) return
  if (code) await codeFailures.consume(failureKey(subject.userId))
  const result = await failures.consume(failureKey(subject.userId))
  if (result.consumedPoints !== STAFF_FAILURES_BEFORE_MAIL) return
  await sendMailWorkflow(req.scope).run({
    input: {
      to: subject.email,
      template: "staff-login-failures",
      locale: "nl",
      data: { failures: String(STAFF_FAILURES_BEFORE_MAIL) },
    },
  })
}

/**
 * Lets a route answer only after `record` ran with its status and body: a login's token goes out only
 * once its audit row is written. A failure to record becomes the answer (500), never a silent gap.
 */
function recordBeforeAnswer(
  res: MedusaResponse,
  next: MedusaNextFunction,
  record: (status: number, body: unknown) => Promise<void>,
) {
  const send = res.json.bind(res)
  res.json = (body: unknown) => {
    record(res.statusCode, body).then(
      () => send(body),
      (error) => next(error),
    )
    return res
  }
}

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
  const tried = subject.userId ? await codeFailures.get(failureKey(subject.userId)) : null
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

/** Registrations of staff passwords: the customers' limit per IP address. */
export const staffRegistrationLimit = rateLimit(
  createLimiter("staff-register", env.RATE_LIMIT_REGISTRATIONS_PER_HOUR, 3600),
  (req) => [ip(req)],
)

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
