import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import DataRequest from "./models/data-request"
import RecipientNotice from "./models/recipient-notice"
import { DATA_REQUEST_MOVES, moveTarget, type DataRequestMove } from "./status"

/** Whom a limit is looked up for: a customer id and/or the keyed hash of an e-mail address. */
export type LimitSubject = { customer_id?: string | null; subject_hash?: string | null }
/** What limits a person's processing now: a restriction in force (art. 18), an upheld objection (art. 21). */
export type ProcessingLimits = { restricted: boolean; objected: boolean }

/**
 * A restriction is in force from its completion until lifted. An objection is in force, for good, as soon
 * as it comes in with the requester's identity proven (art. 21(3): direct marketing stops at once), unless
 * it was withdrawn or refused.
 */
const IN_FORCE = [
  { kind: "restriction" as const, status: "completed" as const, lifted_at: null },
  {
    kind: "objection" as const,
    identity_status: "verified" as const,
    status: { $nin: ["rejected" as const, "cancelled" as const] },
  },
]

/** An erasure undone by its mailed link: who it was for, and its fields as they were, for a compensation. */
export type UndoneErasure = {
  id: string
  customer_id: string | null
  status: string
  token_hash: string
  token_expires_at: Date | null
}

/** `status in (?, …)` over the statuses a move may start from, with its bindings. */
function fromStatuses(move: DataRequestMove): { sql: string; bindings: string[] } {
  const from = DATA_REQUEST_MOVES[move].from as readonly string[]
  return { sql: `status in (${from.map(() => "?").join(", ")})`, bindings: [...from] }
}

/** Data-subject requests and the art. 19 notices that follow an erasure. */
export default class PrivacyRequestModuleService extends MedusaService({ DataRequest, RecipientNotice }) {
  /**
   * The limits in force: every completed restriction not lifted and every completed objection, with whom
   * each names. Few rows (one per person who asked), so a caller checking many people reads them once.
   */
  async activeLimits(): Promise<
    { kind: "restriction" | "objection"; customer_id: string | null; subject_hash: string }[]
  > {
    const rows = await this.listDataRequests({ $or: IN_FORCE }, { select: ["kind", "customer_id", "subject_hash"] })
    return rows.map((r) => ({
      kind: r.kind as "restriction" | "objection",
      customer_id: r.customer_id,
      subject_hash: r.subject_hash,
    }))
  }

  /**
   * Moves a request along its status machine (status.ts) with the fields that go with the move; refuses a move its
   * status does not allow. Returns the request's fields as they were, for a compensation to put back.
   */
  async moveDataRequest(id: string, move: DataRequestMove, fields: Record<string, unknown> = {}) {
    const before = await this.retrieveDataRequest(id)
    const status = moveTarget(move, before.status)
    // A request rejected or cancelled keeps nothing a residue check looked for (a held erasure keeps it for its run).
    const data = ["rejected", "cancelled"].includes(status) ? { ...fields, residue_check: null } : fields
    // Only from the status it was read in: an undo (cancel-erasure) landing in between wins, never overwritten.
    const moved = await this.updateDataRequests({
      selector: { id, status: before.status },
      data: { ...data, status },
    })
    if (!moved.length)
      throw new MedusaError(MedusaError.Types.CONFLICT, `Data request ${id} changed while it was being moved (${move})`)
    const keys = ["status", ...Object.keys(data)] as (keyof typeof before)[]
    const previous = { id, moved_to: status, ...Object.fromEntries(keys.map((key) => [key, before[key]])) }
    return { before, previous }
  }

  /**
   * A compensation only: puts back the fields a failed workflow's move changed, status included, and only
   * while the request is still in the status that move set (`moved_to`): a request undone or completed
   * meanwhile is not brought back.
   */
  async restoreDataRequest({ id, moved_to, ...fields }: { id: string; moved_to?: unknown } & Record<string, unknown>) {
    const selector = typeof moved_to === "string" ? { id, status: moved_to } : { id }
    await this.updateDataRequests({ selector, data: fields })
  }

  /** Erasures whose undo window has passed by `at`: the scheduled run takes them, erased or deferred again. */
  async listDueErasures(at: Date): Promise<{ id: string; customer_id: string | null; email: string | null }[]> {
    return this.listDataRequests(
      { kind: "erasure", status: ["scheduled", "deferred"], scheduled_for: { $lte: at } },
      { select: ["id", "customer_id", "email"] },
    )
  }

  /** Erasures done whose residue check waits for the night (eraseDataSubjectWorkflow), with what it looks for. */
  async listAwaitingResidueCheck(): Promise<{ id: string; residue_check: Record<string, unknown> }[]> {
    const rows = await this.listDataRequests(
      { kind: "erasure", status: "completed", residue_check: { $ne: null } },
      { select: ["id", "residue_check"], order: { id: "ASC" } },
    )
    return rows.map((row) => ({ id: row.id, residue_check: row.residue_check as Record<string, unknown> }))
  }

  /** Whether the customer asked for their erasure and it has not run or been undone: login stays closed until then. */
  async erasurePending(customerId: string): Promise<boolean> {
    const [pending] = await this.listDataRequests(
      { customer_id: customerId, kind: "erasure", status: ["scheduled", "deferred"] },
      { select: ["id"], take: 1 },
    )
    return Boolean(pending)
  }

  /**
   * The limits on one person: those naming their account, and those filed under their address's hash by
   * no account. An account's request reaches its addresses through the account, each in the span it
   * held them; its hash alone would also bind whoever holds the address next.
   */
  async limitsOf(subject: LimitSubject): Promise<ProcessingLimits> {
    const who = [
      ...(subject.customer_id ? [{ customer_id: subject.customer_id }] : []),
      ...(subject.subject_hash ? [{ subject_hash: subject.subject_hash, customer_id: null }] : []),
    ]
    if (!who.length) return { restricted: false, objected: false }
    const rows = await this.listDataRequests({ $and: [{ $or: IN_FORCE }, { $or: who }] }, { select: ["kind"] })
    return {
      restricted: rows.some((r) => r.kind === "restriction"),
      objected: rows.some((r) => r.kind === "objection"),
    }
  }

  /**
   * Undoes a scheduled (or deferred) erasure by the hash of its mailed link's token, in one conditional UPDATE: an
   * erasure that has claimed the request first leaves nothing to cancel (null).
   */
  @InjectTransactionManager()
  async undoErasure(
    tokenHash: string,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {},
  ): Promise<UndoneErasure | null> {
    const knex: Knex.Transaction | undefined = sharedContext.transactionManager?.getTransactionContext()
    if (!knex) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "undoErasure must run inside a transaction")
    const from = fromStatuses("undoErasure")
    const { rows } = await knex.raw<{ rows: UndoneErasure[] }>(
      `update data_request d set status = ?, token_hash = null, token_expires_at = null
       from (select id, status, token_hash, token_expires_at from data_request where token_hash = ? and kind = 'erasure' and ${from.sql} for update) before
       where d.id = before.id
       returning d.id, d.customer_id, before.status, before.token_hash, before.token_expires_at`,
      [DATA_REQUEST_MOVES.undoErasure.to, tokenHash, ...from.bindings],
    )
    return rows[0] ?? null
  }

  /**
   * The erasure's claim, in the erasure's own transaction (personal-data/erase.ts): from here the request is done,
   * and an undo arriving now finds nothing left to cancel. False when it is no longer open (undone or already run).
   */
  async claimErasure(trx: Knex.Transaction, id: string): Promise<boolean> {
    const from = fromStatuses("claimErasure")
    const claimed = await trx.raw(
      `update data_request set status = ?, completed_at = now() where id = ? and ${from.sql} returning id`,
      [DATA_REQUEST_MOVES.claimErasure.to, id, ...from.bindings],
    )
    return claimed.rows.length > 0
  }
}
