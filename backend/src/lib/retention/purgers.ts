import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/**
 * How the engine applies one retention rule: which rows have passed their term (by the cutoff the rule
 * gives), in id order after a cursor, and the one set-based statement that handles a batch of them.
 * Every purger's selection and action are plain SQL over the shared database, one batch per transaction.
 */
export type Purger = {
  /** The retention rule in the data map. */
  rule: string
  /** The data category it applies to, for the run log and the admin page. */
  category: string
  action: "delete" | "anonymise"
  /** Up to `limit` ids past their term (started before `cutoff`), after `after`, in id order. */
  select(db: Knex | Knex.Transaction, cutoff: Date, after: string | null, limit: number): Promise<string[]>
  /** Deletes or anonymises exactly these rows in one statement (or a few); returns how many changed. */
  apply(trx: Knex.Transaction, ids: string[]): Promise<number>
}

/** A selection by a timestamp column (and an extra condition), in id order after the cursor. */
function selectBy(table: string, column: string, extra = "true") {
  return async (db: Knex | Knex.Transaction, cutoff: Date, after: string | null, limit: number) => {
    const { rows } = await db.raw<{ rows: { id: string }[] }>(
      `select id from ?? where ?? < ? and ${extra} and (?::text is null or id > ?) order by id limit ?`,
      [table, column, cutoff, after, after, limit]
    )
    return rows.map((row) => row.id)
  }
}

const deleteFrom = (table: string) => async (trx: Knex.Transaction, ids: string[]) =>
  Number((await trx.raw(`delete from ?? where id = any(?)`, [table, ids])).rowCount ?? 0)

/** Deletes rows together with the child rows that point at them (notices of a request, events of a subscription). */
const deleteWithChildren = (table: string, child: string, foreignKey: string) => async (trx: Knex.Transaction, ids: string[]) => {
  await trx.raw(`delete from ?? where ?? = any(?)`, [child, foreignKey, ids])
  return deleteFrom(table)(trx, ids)
}

/** The rules the engine applies so far; each rule of the data map gets one purger. */
export const PURGERS: Purger[] = [
  {
    rule: "sessions",
    category: "account",
    action: "delete",
    select: selectBy("customer_session", "last_seen_at"),
    apply: deleteFrom("customer_session"),
  },
  {
    rule: "analytics-events",
    category: "analytics",
    action: "delete",
    select: selectBy("analytics_event", "occurred_at"),
    apply: deleteFrom("analytics_event"),
  },
  {
    rule: "contact-messages",
    category: "contact-message",
    action: "delete",
    select: selectBy("contact_message", "answered_at"),
    apply: deleteFrom("contact_message"),
  },
  {
    rule: "consent-records",
    category: "consent",
    action: "delete",
    select: selectBy("consent_record", "expires_at"),
    apply: deleteFrom("consent_record"),
  },
  {
    rule: "newsletter",
    category: "newsletter",
    action: "delete",
    select: selectBy("newsletter_subscription", "unsubscribed_at", "status = 'unsubscribed'"),
    apply: deleteWithChildren("newsletter_subscription", "newsletter_consent_event", "subscription_id"),
  },
  {
    rule: "data-requests",
    category: "data-request",
    action: "delete",
    select: selectBy("data_request", "completed_at", "status in ('completed', 'rejected', 'cancelled')"),
    apply: deleteWithChildren("data_request", "recipient_notice", "request_id"),
  },
  {
    rule: "audit-log",
    category: "audit",
    action: "delete",
    select: selectBy("audit_event", "occurred_at"),
    apply: async (trx, ids) => {
      // The audit log's trigger lets rows go only inside a transaction that says it is the purge.
      await trx.raw(`set local helder.retention_purge = 'on'`)
      return deleteFrom("audit_event")(trx, ids)
    },
  },
]
