import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { restricted } from "./retention-purgers"

/**
 * An account's last sign of life that its own rows show: registration, a login, a session in use, or an
 * order it placed (a live one: Medusa's index on the order's customer covers only those, and without it each
 * account read every order — BENCHMARKS.md, "A million orders"). SQL over the customer `c` and its profile `p`.
 */
const OWN_ACTIVITY = `greatest(c.created_at, p.last_login_at,
  (select max(o.created_at) from "order" o where o.customer_id = c.id and o.deleted_at is null),
  (select max(s.last_seen_at) from customer_session s where s.customer_id = c.id))`

/**
 * Every sign of life, including orders placed as a guest with the account's address (the erasure would take those too).
 */
const ACTIVITY = `greatest(${OWN_ACTIVITY}, (select max(o.created_at) from "order" o where lower(o.email) = lower(c.email)))`

/** An erasure of the customer is already on its way (asked for by the customer, or by this engine). */
const ERASURE_UNDER_WAY = `exists (select 1 from data_request r where r.customer_id = c.id and r.kind = 'erasure' and r.status in ('received', 'scheduled', 'deferred'))`

/**
 * Accounts inactive since before `cutoff` that have no open warning, in id order after the cursor, with
 * their last activity as text (microseconds intact, so a later comparison is exact). The cheap measures
 * pick the candidates first; only those are searched for guest orders under their address.
 */
export async function selectInactiveAccounts(
  db: Knex | Knex.Transaction,
  cutoff: Date,
  after: string | null,
  limit: number,
) {
  const { rows } = await db.raw<{ rows: { id: string; last_activity_at: string }[] }>(
    `with candidates as materialized (
        select c.id from customer c left join account_profile p on p.customer_id = c.id
        where c.has_account = true and c.deleted_at is null and ${OWN_ACTIVITY} < ?
          and not exists (select 1 from inactivity_warning w where w.customer_id = c.id and w.status = 'warned' and w.deleted_at is null)
          and not ${ERASURE_UNDER_WAY}
          and not ${restricted("c.id", "c.email")}
          and (?::text is null or c.id > ?))
      select c.id, (${ACTIVITY})::text as last_activity_at
      from candidates x join customer c on c.id = x.id left join account_profile p on p.customer_id = c.id
      where ${ACTIVITY} < ?
      order by c.id limit ?`,
    [cutoff, after, after, cutoff, limit],
  )
  return rows
}

/** Warnings recorded but not yet mailed, with whether the account came back to life since (then no mail). */
export async function pendingWarnings(pg: Knex) {
  const { rows } = await pg.raw<{
    rows: { id: string; email: string; first_name: string | null; locale: string | null; active_again: boolean }[]
  }>(
    `select w.id, c.email, c.first_name, ${ACTIVITY} > w.last_activity_at as active_again,
        (select o.metadata->>'locale' from "order" o where o.customer_id = c.id order by o.created_at desc limit 1) as locale
      from inactivity_warning w join customer c on c.id = w.customer_id left join account_profile p on p.customer_id = c.id
      where w.status = 'warned' and w.warned_at is null and w.deleted_at is null and c.email is not null
      order by w.id`,
  )
  return rows
}

/** Whether a warning's mail was delivered to the mail server (by any attempt). */
export async function warningDelivered(pg: Knex, warningId: string) {
  const { rows } = await pg.raw(
    `select 1 from notification where starts_with(idempotency_key, ?) and status = 'success' limit 1`,
    [`inactivity-warning:${warningId}:`],
  )
  return rows.length > 0
}

/**
 * Warnings whose grace period has ended, in id order after the cursor, with whether the account came back to life
 * since.
 */
export async function selectDueWarnings(db: Knex | Knex.Transaction, at: Date, after: string | null, limit: number) {
  const { rows } = await db.raw<{
    rows: { id: string; customer_id: string; email: string | null; active_again: boolean }[]
  }>(
    `select w.id, w.customer_id, c.email, ${ACTIVITY} > w.last_activity_at as active_again
      from inactivity_warning w join customer c on c.id = w.customer_id left join account_profile p on p.customer_id = c.id
      where w.status = 'warned' and w.erase_after < ? and w.deleted_at is null and c.has_account = true and c.deleted_at is null
        and not ${ERASURE_UNDER_WAY}
        and not ${restricted("c.id", "c.email")}
        and (?::text is null or w.id > ?)
      order by w.id limit ?`,
    [at, after, after, limit],
  )
  return rows
}

/** Whether the warned account came back to life since its warning (or the warning is no longer open). */
export async function activeAgain(db: Knex, warningId: string): Promise<boolean> {
  const { rows } = await db.raw<{ rows: { active_again: boolean }[] }>(
    `select ${ACTIVITY} > w.last_activity_at as active_again from inactivity_warning w join customer c on c.id = w.customer_id
      left join account_profile p on p.customer_id = c.id where w.id = ? and w.status = 'warned'`,
    [warningId],
  )
  return !rows[0] || rows[0].active_again
}

/**
 * Open warnings of accounts that were erased or removed some other way meanwhile: the run closes them as erased
 * (RetentionModuleService.resolveWarnings).
 */
export async function warningsOfRemovedAccounts(db: Knex | Knex.Transaction): Promise<string[]> {
  const { rows } = await db.raw<{ rows: { id: string }[] }>(
    `select w.id from inactivity_warning w join customer c on c.id = w.customer_id
      where w.status = 'warned' and (c.has_account = false or c.deleted_at is not null)`,
  )
  return rows.map((row) => row.id)
}
