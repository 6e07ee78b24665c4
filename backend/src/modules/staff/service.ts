import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import StaffCodeUse from "./models/staff-code-use"
import StaffRole from "./models/staff-role"
import StaffSession from "./models/staff-session"

/** How long an admin session lives: 30 minutes without a request, 12 hours in all. */
export const STAFF_SESSION = { idleMs: 30 * 60_000, absoluteMs: 12 * 3600_000 } as const

/** A used second-factor code is remembered this long: longer than the ±1 step (90 s) it stays valid for. */
const CODE_MEMORY_MS = 10 * 60_000

/** Roles, admin sessions and used second-factor codes of staff users. */
export default class StaffModuleService extends MedusaService({ StaffRole, StaffSession, StaffCodeUse }) {
  /** The role id a user holds, or null (deny by default). */
  async roleOf(userId: string): Promise<string | null> {
    const [row] = await this.listStaffRoles({ user_id: userId }, { select: ["role"], take: 1 })
    return row?.role ?? null
  }

  /**
   * Gives a user a role, or takes it away (null), and answers the role it held before. Role changes
   * run one at a time, and within that lock a change by a staff user (`by`) is checked afresh: the
   * giver must still be an owner (a colleague may have just taken that away), and the shop keeps at
   * least one owner — two owners demoting each other at once leave one. `by: null` is the shop itself
   * (tests, undoing a failed change) and is not checked.
   */
  @InjectTransactionManager()
  async assignRole(
    change: { user_id: string; role: string | null; by: string | null },
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {},
  ): Promise<{ previous: string | null }> {
    const knex = sharedContext.transactionManager?.getTransactionContext()
    if (!knex) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "assignRole must run inside a transaction")
    await knex.raw("SELECT pg_advisory_xact_lock(hashtext('helder:staff-roles'))")
    // Roles of users that still exist: a role left behind by a deleted user is no owner.
    const { rows: live } = (await knex.raw(`select id as user_id from "user" where deleted_at is null`)) as {
      rows: { user_id: string }[]
    }
    const existing = new Set(live.map((u) => u.user_id))
    const roles = (await this.listStaffRoles({}, { select: ["id", "user_id", "role"] }, sharedContext)).filter(
      (r) => existing.has(r.user_id) || r.user_id === change.user_id,
    )
    const row = roles.find((r) => r.user_id === change.user_id)
    if (change.by !== null) {
      if (roles.find((r) => r.user_id === change.by)?.role !== "owner")
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Only an owner gives roles.")
      const ownersAfter =
        roles.filter((r) => r.role === "owner" && r.user_id !== change.user_id).length +
        (change.role === "owner" ? 1 : 0)
      if (ownersAfter === 0)
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This is the only owner: make someone else owner first.")
    }
    if (change.role === null) {
      if (row) await this.deleteStaffRoles(row.id, sharedContext)
    } else if (row) {
      await this.updateStaffRoles({ id: row.id, role: change.role, assigned_by: change.by }, sharedContext)
    } else {
      await this.createStaffRoles({ user_id: change.user_id, role: change.role, assigned_by: change.by }, sharedContext)
    }
    return { previous: row?.role ?? null }
  }

  /**
   * Notes a request of an admin login and tells whether the login is still open: it ends 30 minutes
   * after its last request and 12 hours after its first; the first must follow the login at once (`mayStart`).
   */
  async touchSession(
    keyHash: string,
    userId: string,
    at: Date,
    { mayStart = true } = {},
  ): Promise<{ open: true } | { open: false; reason: string }> {
    const [session] = await this.listStaffSessions({ key_hash: keyHash }, { take: 1 })
    if (!session) {
      // A token first used long after its login (kept aside, or copied) starts nothing: log in again.
      if (!mayStart) return { open: false, reason: "stale" }
      try {
        await this.createStaffSessions({ key_hash: keyHash, user_id: userId, started_at: at, last_seen_at: at })
        return { open: true }
      } catch (error) {
        // The admin app's first requests after a login arrive together: one of them made the row.
        if (!(await this.listStaffSessions({ key_hash: keyHash }, { select: ["id"], take: 1 })).length) throw error
        return this.touchSession(keyHash, userId, at, { mayStart })
      }
    }
    if (session.user_id !== userId || session.ended_at) return { open: false, reason: "ended" }
    const idle = at.getTime() - new Date(session.last_seen_at).getTime() > STAFF_SESSION.idleMs
    const old = at.getTime() - new Date(session.started_at).getTime() > STAFF_SESSION.absoluteMs
    if (idle || old) {
      await this.updateStaffSessions({ id: session.id, ended_at: at })
      return { open: false, reason: idle ? "idle" : "absolute" }
    }
    // One write a minute is enough to tell 30 minutes of idleness.
    if (at.getTime() - new Date(session.last_seen_at).getTime() > 60_000)
      await this.updateStaffSessions({ id: session.id, last_seen_at: at })
    return { open: true }
  }

  /** Ends every open admin login of a user (role change, second factor reset). */
  async endSessionsOf(userId: string, at: Date): Promise<void> {
    const open = await this.listStaffSessions({ user_id: userId, ended_at: null }, { select: ["id"] })
    if (open.length) await this.updateStaffSessions(open.map(({ id }) => ({ id, ended_at: at })))
  }

  /** Claims a second-factor code for one use: false when it was used before (a replay). */
  async claimCode(keyHash: string, at: Date): Promise<boolean> {
    const stale = await this.listStaffCodeUses(
      { used_at: { $lt: new Date(at.getTime() - CODE_MEMORY_MS) } },
      { select: ["id"], take: 100 },
    )
    if (stale.length) await this.deleteStaffCodeUses(stale.map(({ id }) => id))
    try {
      await this.createStaffCodeUses({ key_hash: keyHash, used_at: at })
      return true
    } catch (error) {
      // The unique key refused a second row: the code was used before (by this request's twin, or earlier).
      if ((await this.listStaffCodeUses({ key_hash: keyHash }, { select: ["id"], take: 1 })).length) return false
      throw error
    }
  }

  /** Gives a code back when the factor refused it, so a typo does not burn a valid code. */
  async releaseCode(keyHash: string): Promise<void> {
    const rows = await this.listStaffCodeUses({ key_hash: keyHash }, { select: ["id"] })
    if (rows.length) await this.deleteStaffCodeUses(rows.map(({ id }) => id))
  }
}
