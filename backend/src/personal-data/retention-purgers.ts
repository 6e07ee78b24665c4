import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { RetentionRule } from "@helder/privacy"
import { eventDay, rolledUp } from "../modules/analytics/days"
import { anonymiseOrders } from "./anonymise-orders"
import { ADDRESS_SCRUB, CUSTOMER_SCRUB } from "./scrubs"

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
  /** Rows per transaction when the engine's default would make one batch's transaction too long. */
  batchSize?: number
  /** Up to `limit` ids past their term (started before `cutoff`), after `after`, in id order. */
  select(db: Knex | Knex.Transaction, query: Selection): Promise<string[]>
  /** Deletes or anonymises exactly these rows in one statement (or a few); returns how many changed. */
  apply(trx: Knex.Transaction, ids: string[]): Promise<number>
}

/**
 * What a purger selects: rows whose term started before `cutoff`, after the cursor `after`, at most `limit`.
 * `lock`: a real run locks the batch until its transaction ends, so nothing changes it in between.
 */
export type Selection = { rule: RetentionRule; cutoff: Date; after: string | null; limit: number; lock?: boolean }

/**
 * Selects ids from `table` (alias t) whose term start (an SQL expression) lies before the cutoff and that
 * match `extra` (its own bindings), in id order after the cursor.
 */
async function selectIds(
  db: Knex | Knex.Transaction,
  table: string,
  start: string,
  extra: string,
  extraBindings: Knex.RawBinding[],
  query: Selection,
) {
  const { rows } = await db.raw<{ rows: { id: string }[] }>(
    `select t.id from ?? t where ${start} < ? and ${extra} and (?::text is null or t.id > ?) order by t.id limit ?${query.lock ? " for update of t" : ""}`,
    [table, query.cutoff, ...extraBindings, query.after, query.after, query.limit],
  )
  return rows.map((row) => row.id)
}

/**
 * A restriction of processing in force (art. 18 GDPR) names this customer or address, or the address was
 * the restricted customer's login now or before (SQL expressions; "null" for none): the engine leaves such
 * rows alone, because a restricted person's data is only stored (art. 18(2)) until the desk lifts the
 * restriction. The restriction's own request keeps the address. Erring on keeping: a row another holder
 * of an earlier address left is kept too, until the lift.
 */
export const restricted = (customer: string, email: string) =>
  `exists (select 1 from data_request r where r.kind = 'restriction' and r.status = 'completed' and r.lifted_at is null and r.deleted_at is null
    and (r.customer_id = ${customer} or lower(r.email) = lower(${email})
      or exists (select 1 from customer c where c.id = r.customer_id and lower(c.email) = lower(${email}))
      or exists (select 1 from earlier_email e where e.customer_id = r.customer_id and e.email = lower(${email}) and e.deleted_at is null)))`

/** A selection by a timestamp column (and an extra condition). */
const selectBy =
  (table: string, column: string, extra = "true") =>
  (db: Knex | Knex.Transaction, query: Selection) =>
    selectIds(db, table, `t.${column}`, extra, [], query)

const deleteFrom = (table: string) => async (trx: Knex.Transaction, ids: string[]) =>
  Number((await trx.raw(`delete from ?? where id = any(?)`, [table, ids])).rowCount ?? 0)

/** Deletes rows together with the child rows that point at them (notices of a request, events of a subscription). */
const deleteWithChildren =
  (table: string, child: string, foreignKey: string) => async (trx: Knex.Transaction, ids: string[]) => {
    await trx.raw(`delete from ?? where ?? = any(?)`, [child, foreignKey, ids])
    return deleteFrom(table)(trx, ids)
  }

/**
 * Medusa's customer rows of guests (no account): their addresses go, the row keeps nothing personal and is
 * soft-deleted.
 */
async function removeGuestCustomers(trx: Knex.Transaction, ids: string[]) {
  if (!ids.length) return
  await trx.raw(`delete from customer_address where customer_id = any(?)`, [ids])
  await trx.raw(`update customer set ${CUSTOMER_SCRUB}, deleted_at = coalesce(deleted_at, now()) where id = any(?)`, [
    ids,
  ])
}

/**
 * The moment an order's term starts: its last delivery once every live shipment is delivered; when staff
 * never marked the delivery, the last shipment once every one has shipped; or its cancellation. An order
 * never shipped nor cancelled is still open, and keeps its data.
 */
const ORDER_TERM_START = `coalesce(
  (select max(coalesce(f.delivered_at, f.shipped_at)) from order_fulfillment of join fulfillment f on f.id = of.fulfillment_id
    where of.order_id = t.id and of.deleted_at is null and f.canceled_at is null having bool_and(coalesce(f.delivered_at, f.shipped_at) is not null)),
  t.canceled_at)`

/**
 * Invoices and credit notes of one country's sales (the rule's), removed whole with their PDF once their term has
 * ended.
 */
const invoicePurger = (rule: string): Purger => ({
  rule,
  category: "invoice",
  action: "delete",
  // No row lock: locking needs UPDATE, which the shop's database role does not hold on issued documents;
  // the purge function deletes by id, so two runs that pick the same rows delete them once.
  // A restricted buyer's documents stay past their term until the lift (art. 18(1)(c): kept for a legal claim),
  // found by the order's customer or the buyer's address as issued (an old order's own address is gone).
  select: (db, query) =>
    selectIds(
      db,
      "invoice_document",
      "t.issued_at",
      `t.country_code = ? and not ${restricted(`(select o.customer_id from "order" o where o.id = t.order_id)`, "t.snapshot->'buyer'->>'email'")}`,
      [query.rule.country ?? ""],
      { ...query, lock: false },
    ),
  // Issued documents leave only through the owner's guarded function: the shop's database role cannot delete them.
  apply: async (trx, ids) =>
    Number((await trx.raw(`select helder_purge_invoices(?::text[]) as removed`, [ids])).rows[0].removed),
})

/** The rules the engine applies; each rule of the data map gets one purger. */
export const PURGERS: Purger[] = [
  {
    rule: "carts",
    category: "cart",
    action: "delete",
    // Abandoned carts not yet removed (with the guest customer row their checkout made), and completed
    // carts still holding their copy of e-mail and addresses (the order keeps its own).
    select: (db, query) =>
      selectIds(
        db,
        "cart",
        "greatest(t.updated_at, (select max(li.updated_at) from cart_line_item li where li.cart_id = t.id))",
        `((t.completed_at is null and t.deleted_at is null) or t.email is not null) and not ${restricted("t.customer_id", "t.email")}`,
        [],
        query,
      ),
    apply: async (trx, ids) => {
      // Medusa's guest customer rows that these carts' checkout created (no account, no order, no other
      // cart still alive) go with them: found before the carts let go of them.
      const { rows: guests } = await trx.raw<{ rows: { id: string }[] }>(
        `select distinct c.id from customer c join cart on cart.customer_id = c.id
          where cart.id = any(?) and cart.completed_at is null and c.has_account = false and c.deleted_at is null
            and not exists (select 1 from "order" o where o.customer_id = c.id)
            and not exists (select 1 from cart other where other.customer_id = c.id and other.deleted_at is null and not other.id = any(?))`,
        [ids, ids],
      )
      await trx.raw(
        `update cart_address set ${ADDRESS_SCRUB} where id in (select shipping_address_id from cart where id = any(?) union select billing_address_id from cart where id = any(?))`,
        [ids, ids],
      )
      // Medusa removes carts by soft delete (links and line items point at them); the row keeps nothing personal. An
      // abandoned cart also loses its link to the customer: what someone once put in a basket is nobody's business
      // after 30 days.
      const result = await trx.raw(
        `update cart set email = null, metadata = null,
          customer_id = case when completed_at is null then null else customer_id end,
          deleted_at = case when completed_at is null then coalesce(deleted_at, now()) else deleted_at end
        where id = any(?)`,
        [ids],
      )
      await removeGuestCustomers(
        trx,
        guests.map((g) => g.id),
      )
      return Number(result.rowCount ?? 0)
    },
  },
  {
    rule: "order-personal-data",
    category: "order",
    action: "anonymise",
    // Each order changes four tables with many indexes: 500 keep a batch's transaction near 100 ms (BENCHMARKS.md).
    batchSize: 500,
    // Orders not yet anonymised (the e-mail goes first and last), 2 years after delivery. An order is delivered
    // or cancelled after it was placed, so one placed after the cutoff cannot be due: that cheap test, served by
    // the partial index of migration-scripts/order-retention-index.ts, keeps each batch from working out the
    // delivery of every order in the shop (BENCHMARKS.md, "A million orders").
    select: (db, query) =>
      selectIds(
        db,
        "order",
        ORDER_TERM_START,
        `t.created_at < ? and t.email is not null and not ${restricted("t.customer_id", "t.email")}`,
        [query.cutoff],
        query,
      ),
    apply: async (trx, ids) => {
      const orders = await anonymiseOrders(trx, ids)
      // Medusa's customer rows for guests go with their last order that still names them. Found once per
      // batch, from the batch's own orders, so the cost does not grow with what earlier batches did.
      const { rows: guests } = await trx.raw<{ rows: { id: string }[] }>(
        `select c.id from customer c where c.id in (select customer_id from "order" where id = any(?))
          and c.has_account = false and c.email is not null
          and not exists (select 1 from "order" o where o.customer_id = c.id and o.deleted_at is null and o.email is not null)`,
        [ids],
      )
      await removeGuestCustomers(
        trx,
        guests.map((g) => g.id),
      )
      return orders
    },
  },
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
    // Only days whose totals are kept (the retention workflow rolls them up first): the policy says daily totals stay.
    apply: async (trx, ids) =>
      Number(
        (await trx.raw(`delete from analytics_event t where t.id = any(?) and ${rolledUp(eventDay("t"))}`, [ids]))
          .rowCount ?? 0,
      ),
  },
  {
    rule: "contact-messages",
    category: "contact-message",
    action: "delete",
    select: selectBy("contact_message", "answered_at", `not ${restricted("null", "t.email")}`),
    apply: deleteFrom("contact_message"),
  },
  {
    rule: "consent-records",
    category: "consent",
    action: "delete",
    select: selectBy("consent_record", "expires_at", `not ${restricted("t.customer_id", "null")}`),
    apply: deleteFrom("consent_record"),
  },
  {
    rule: "newsletter",
    category: "newsletter",
    action: "delete",
    select: selectBy(
      "newsletter_subscription",
      "unsubscribed_at",
      `status = 'unsubscribed' and not ${restricted("null", "t.email")}`,
    ),
    apply: deleteWithChildren("newsletter_subscription", "newsletter_consent_event", "subscription_id"),
  },
  {
    rule: "newsletter-unconfirmed",
    category: "newsletter",
    action: "delete",
    // A sign-up nobody confirmed is no consent: the address and its request go 30 days after the last sign-up.
    select: selectBy(
      "newsletter_subscription",
      "updated_at",
      `status = 'pending' and not ${restricted("null", "t.email")}`,
    ),
    apply: deleteWithChildren("newsletter_subscription", "newsletter_consent_event", "subscription_id"),
  },
  {
    rule: "sent-mails",
    category: "mail",
    action: "delete",
    select: selectBy("notification", "created_at", `not ${restricted("t.receiver_id", 't."to"')}`),
    apply: deleteFrom("notification"),
  },
  {
    rule: "data-requests",
    category: "data-request",
    action: "delete",
    // Closed requests count from when they were closed (an undone erasure has no completion: its last change;
    // a lifted restriction its lifting); a guest's request never confirmed counts from when its link expired.
    // A restriction or objection in force is the record that keeps it in force: it stays while it applies.
    select: (db, query) =>
      selectIds(
        db,
        "data_request",
        "case when t.status = 'awaiting_verification' then coalesce(t.token_expires_at, t.received_at) else coalesce(t.lifted_at, t.completed_at, t.updated_at) end",
        `t.status in ('completed', 'rejected', 'cancelled', 'awaiting_verification')
          and not (t.status = 'completed' and (t.kind = 'objection' or (t.kind = 'restriction' and t.lifted_at is null)))
          and not ${restricted("t.customer_id", "t.email")}`,
        [],
        query,
      ),
    apply: deleteWithChildren("data_request", "recipient_notice", "request_id"),
  },
  {
    rule: "audit-log",
    category: "audit",
    action: "delete",
    // No row lock, as for invoices: the app's role holds no UPDATE on the audit log.
    // What the log says a restricted customer did or had done to them stays until the lift, like their other data.
    select: (db, query) =>
      selectBy(
        "audit_event",
        "occurred_at",
        `not ${restricted("t.actor_id", "null")} and not ${restricted("t.subject_id", "null")}`,
      )(db, { ...query, lock: false }),
    // Audit rows leave only through the owner's guarded function: the shop's database role cannot delete them.
    apply: async (trx, ids) =>
      Number((await trx.raw(`select helder_purge_audit_events(?::text[]) as removed`, [ids])).rows[0].removed),
  },
  invoicePurger("invoices-nl"),
  invoicePurger("invoices-be"),
]
