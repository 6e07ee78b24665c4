import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { personMatch } from "./residue-scan"
import { ADDRESS_SCRUB, ADDRESS_TEXT, ERASED, PROVIDER_REFERENCE_ONLY } from "./scrubs"

/**
 * Anonymises orders in place, in the caller's transaction: their addresses (as ordered and as delivered)
 * keep only country and the postcode's digits, the e-mail goes, of the metadata only the language stays,
 * and withdrawal statements lose name and e-mail. Totals, lines, VAT and invoices are not touched.
 * Used by the erasure (one person's orders) and the retention engine (orders 2 years after delivery).
 * Returns the number of orders changed.
 */
export async function anonymiseOrders(
  trx: Knex.Transaction,
  orders: string[],
  count: (label: string, rows: number) => void = () => {},
  patterns: string[] = [],
  likes: string[] = [],
): Promise<number> {
  const run = async (label: string, sql: string, bindings: Knex.RawBinding[]) => {
    const rows = Number((await trx.raw(sql, bindings)).rowCount ?? 0)
    count(label, rows)
    return rows
  }
  await run(
    "orders",
    `update order_address set ${ADDRESS_SCRUB} where id in (select shipping_address_id from "order" where id = any(?) union select billing_address_id from "order" where id = any(?))`,
    [orders, orders],
  )
  // Only the language stays: it is not personal and later messages about the order (none after erasure) would need it.
  const anonymised = await run(
    "orders",
    `update "order" set email = null, metadata = case when metadata->'locale' is not null then jsonb_build_object('locale', metadata->'locale') else null end where id = any(?)`,
    [orders],
  )
  // Payment sessions keep the customer and their addresses as context; order changes keep what they changed (an old
  // e-mail address). What the provider answered (a Stripe payment intent with its expanded card: name, brand, last
  // four, expiry, fingerprint) keeps only its reference, which a later refund needs.
  const orderCollections = `select payment_collection_id from order_payment_collection where order_id = any(?)`
  await run(
    "payments",
    `update payment_session set context = null, metadata = null, data = ${PROVIDER_REFERENCE_ONLY} where payment_collection_id in (${orderCollections})`,
    [orders],
  )
  await run(
    "payments",
    `update payment set data = ${PROVIDER_REFERENCE_ONLY} where payment_collection_id in (${orderCollections})`,
    [orders],
  )
  // A staff edit keeps the old and new e-mail address or address object: values holding an e-mail
  // address or one of the person's strings go; amounts, quantities, types and ids stay.
  const personal = `v::text ~ '[[:alnum:]._%+-]+@[[:alnum:].-]+' or v::text ~* any(?::text[])`
  await run(
    "order changes",
    `update order_change_action set details = (select coalesce(jsonb_object_agg(k, v), '{}'::jsonb) from jsonb_each(details) as e(k, v) where not (${personal}))
    where order_id = any(?) and case when jsonb_typeof(details) = 'object'
      then exists (select 1 from jsonb_each(details) as e(k, v) where ${personal}) else false end`,
    [patterns, orders, patterns],
  )
  // An address staff replaced on the order stays behind without an order; those that name the person go.
  // One NOT EXISTS per column, so PostgreSQL can anti-join by hash (with OR it loops; 6 s at a million orders).
  if (patterns.length) {
    const named = personMatch(ADDRESS_TEXT, patterns, likes)
    await run(
      "orders",
      `update order_address a set ${ADDRESS_SCRUB} where not exists (select 1 from "order" o where o.shipping_address_id = a.id)
      and not exists (select 1 from "order" o where o.billing_address_id = a.id) and ${named.sql}`,
      named.bindings,
    )
  }
  await run(
    "deliveries",
    `update fulfillment_address set ${ADDRESS_SCRUB} where id in (select f.delivery_address_id from fulfillment f join order_fulfillment of on of.fulfillment_id = f.id where of.order_id = any(?))`,
    [orders],
  )
  await run(
    "withdrawals",
    `update withdrawal_notice set statement = replace(replace(statement, name, ?), email, ?), name = ?, email = ? where order_id = any(?)`,
    [ERASED, ERASED, ERASED, ERASED, orders],
  )
  return anonymised
}
