import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import InactivityWarning from "./models/inactivity-warning"
import RetentionRun from "./models/retention-run"
import RetentionStep from "./models/retention-step"

/** The knex transaction a method decorated with InjectTransactionManager runs in. */
function transactionOf(sharedContext: Context<SqlEntityManager>, method: string): Knex.Transaction {
  const knex = sharedContext.transactionManager?.getTransactionContext()
  if (!knex) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `${method} must run inside a transaction`)
  return knex as Knex.Transaction
}

/** The retention engine's run log and the inactive-account warnings it sent. */
export default class RetentionModuleService extends MedusaService({ RetentionRun, RetentionStep, InactivityWarning }) {
  /**
   * Records a warning for each of these accounts, in the retention run's batch transaction with the batch's
   * selection and log (mailed afterwards: workflows/retention/mail-inactivity-warning.ts); returns how many.
   */
  async recordWarnings(trx: Knex.Transaction, accounts: { id: string; last_activity_at: string }[]): Promise<number> {
    const result = await trx.raw(
      `insert into inactivity_warning (id, customer_id, last_activity_at, status)
      select 'inwarn_' || replace(gen_random_uuid()::text, '-', ''), a.id, a.at, 'warned' from unnest(?::text[], ?::timestamptz[]) as a(id, at)`,
      [accounts.map((a) => a.id), accounts.map((a) => a.last_activity_at)],
    )
    return Number(result.rowCount ?? 0)
  }

  /** Starts a warning's grace period once its mail went out; a warning already started keeps its dates. */
  @InjectTransactionManager()
  async startGracePeriod(
    warningId: string,
    at: Date,
    eraseAfter: Date,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {},
  ): Promise<number> {
    const result = await transactionOf(sharedContext, "startGracePeriod").raw(
      `update inactivity_warning set warned_at = ?, erase_after = ?, updated_at = now() where id = ? and warned_at is null`,
      [at, eraseAfter, warningId],
    )
    return Number(result.rowCount ?? 0)
  }

  /** Closes open warnings: cancelled (the account was used again) or erased; returns how many closed. */
  @InjectTransactionManager()
  async resolveWarnings(
    ids: string[],
    status: "cancelled" | "erased",
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {},
  ): Promise<number> {
    if (!ids.length) return 0
    const result = await transactionOf(sharedContext, "resolveWarnings").raw(
      `update inactivity_warning set status = ?, resolved_at = now(), updated_at = now() where id = any(?) and status = 'warned'`,
      [status, ids],
    )
    return Number(result.rowCount ?? 0)
  }
}
