import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { now } from "../../lib/clock"
import { isFreshToken } from "../../lib/staff-token"
import { hashSecret } from "../../lib/tokens"
import { STAFF_MODULE } from "../../modules/staff"
import type StaffModuleService from "../../modules/staff/service"
import { allows, PERMISSIONS, ROLES, type Permission, type RoleId } from "./roles"

/** Who is asking, once the staff guard let the request through. */
export type StaffContext = { userId: string; role: RoleId | null; twoFactor: boolean }

declare module "@medusajs/framework/http" {
  interface MedusaRequest {
    /** Set by the staff guard on every admin route it lets through. */
    helderStaff?: StaffContext
  }
}

const isRole = (value: string | null): value is RoleId => value !== null && value in ROLES

/** What identifies one admin login: the cookie session's id, or the bearer token itself (hashed). */
function loginKey(req: AuthenticatedMedusaRequest): { key: string; fresh: boolean } | null {
  const session = (req as { session?: { id?: string; auth_context?: { actor_type?: string; actor_id?: string } } })
    .session
  // A cookie session is made from a fresh login's token (POST /auth/session checks that, api/auth); it
  // counts only when it is this user's own (Medusa prefers a bearer token over another actor's cookie).
  const own =
    session?.auth_context?.actor_type === "user" && session.auth_context.actor_id === req.auth_context?.actor_id
  if (own && session?.id) return { key: `session:${session.id}`, fresh: true }
  const token = /^Bearer (.+)$/i.exec(req.headers.authorization ?? "")?.[1]
  return token ? { key: `bearer:${token}`, fresh: isFreshToken(token) } : null
}

const refuse = (res: MedusaResponse, status: number, type: string, message: string) =>
  res.status(status).json({ type, message })

export const SESSION_ENDED =
  "Your admin session has ended (30 minutes without activity or 12 hours in all). Please log in again."

/**
 * Whether a staff user's admin login (this request's token or cookie) is still open: 30 minutes idle,
 * 12 hours in all, and started only by a fresh token. Ends a cookie session that is over.
 */
export async function staffLoginOpen(req: AuthenticatedMedusaRequest, userId: string): Promise<boolean> {
  const login = loginKey(req)
  if (!login) return false
  const state = await req.scope
    .resolve<StaffModuleService>(STAFF_MODULE)
    .touchSession(hashSecret(login.key), userId, now(), { mayStart: login.fresh })
  if (!state.open) (req as { session?: { destroy?: (cb: () => void) => void } }).session?.destroy?.(() => undefined)
  return state.open
}

/**
 * The admin half of the surface guard: a staff user passes when their login is still open (30 minutes
 * idle, 12 hours in all), their role holds the route's permission, and — for roles that require it —
 * they logged in with a second factor. `staff-self` routes (their own profile) need only the login.
 */
export async function staffGuard(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction,
  permission: Permission | "self",
) {
  const auth = req.auth_context
  if (auth?.actor_type !== "user" || !auth.actor_id)
    return refuse(res, 403, "not_allowed", "Only staff accounts with a role can use the admin API.")
  const [open, stored] = await Promise.all([
    staffLoginOpen(req, auth.actor_id),
    req.scope.resolve<StaffModuleService>(STAFF_MODULE).roleOf(auth.actor_id),
  ])
  if (!open) return refuse(res, 401, "unauthorized", SESSION_ENDED)
  const role = isRole(stored) ? stored : null
  const twoFactor = Boolean((auth as { mfa_challenge_completed_at?: string | null }).mfa_challenge_completed_at)
  req.helderStaff = { userId: auth.actor_id, role, twoFactor }
  if (permission === "self") return next()
  if (!role) return refuse(res, 403, "not_allowed", "Your account has no role yet. Ask an owner to give you one.")
  if (ROLES[role].twoFactor && !twoFactor) {
    return refuse(
      res,
      403,
      "two_factor_required",
      `The role ${ROLES[role].name.nl} needs two-factor login: set it up under your profile, then log in again.`,
    )
  }
  if (!allows(role, permission))
    return refuse(
      res,
      403,
      "not_allowed",
      `The role ${ROLES[role].name.nl} does not include: ${PERMISSIONS[permission]}.`,
    )
  next()
}
