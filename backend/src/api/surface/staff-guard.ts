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
  const session = (req as { session?: { id?: string; auth_context?: unknown } }).session
  // A cookie session is made from a fresh login's token (POST /auth/session checks that, api/auth).
  if (session?.auth_context && session.id) return { key: `session:${session.id}`, fresh: true }
  const token = /^Bearer (.+)$/i.exec(req.headers.authorization ?? "")?.[1]
  return token ? { key: `bearer:${token}`, fresh: isFreshToken(token) } : null
}

const refuse = (res: MedusaResponse, status: number, type: string, message: string) => res.status(status).json({ type, message })

/**
 * The admin half of the surface guard: a staff user passes when their login is still open (30 minutes
 * idle, 12 hours in all), their role holds the route's permission, and — for roles that require it —
 * they logged in with a second factor. `staff-self` routes (their own profile) need only the login.
 */
export async function staffGuard(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction, permission: Permission | "self") {
  const auth = req.auth_context
  if (auth?.actor_type !== "user" || !auth.actor_id) return refuse(res, 403, "not_allowed", "Only staff accounts with a role can use the admin API.")
  const login = loginKey(req)
  if (!login) return refuse(res, 401, "unauthorized", "Please log in.")
  const staff = req.scope.resolve<StaffModuleService>(STAFF_MODULE)
  const at = now()
  const [session, stored] = await Promise.all([staff.touchSession(hashSecret(login.key), auth.actor_id, at, { mayStart: login.fresh }), staff.roleOf(auth.actor_id)])
  if (!session.open) {
    ;(req as { session?: { destroy?: (cb: () => void) => void } }).session?.destroy?.(() => undefined)
    return refuse(res, 401, "unauthorized", "Your admin session has ended (30 minutes without activity or 12 hours in all). Please log in again.")
  }
  const role = isRole(stored) ? stored : null
  const twoFactor = Boolean((auth as { mfa_challenge_completed_at?: string | null }).mfa_challenge_completed_at)
  req.helderStaff = { userId: auth.actor_id, role, twoFactor }
  if (permission === "self") return next()
  if (!role) return refuse(res, 403, "not_allowed", "Your account has no role yet. Ask an owner to give you one.")
  if (ROLES[role].twoFactor && !twoFactor) {
    return refuse(res, 403, "two_factor_required", `The role ${ROLES[role].label} needs two-factor login: set it up under your profile, then log in again.`)
  }
  if (!allows(role, permission)) return refuse(res, 403, "not_allowed", `The role ${ROLES[role].label} does not include: ${PERMISSIONS[permission]}.`)
  next()
}
