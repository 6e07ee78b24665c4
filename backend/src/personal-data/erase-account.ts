import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { handoverMarker } from "./data-subject"
import type { ErasureTarget } from "./erase"
import { CUSTOMER_SCRUB } from "./scrubs"

/** erasePersonalData's statement runner: one statement in the transaction, its rows counted under a label. */
type Run = (label: string, sql: string, bindings: Knex.RawBinding[], trx: Knex.Transaction) => Promise<unknown>

/**
 * An account's own rows, in the erasure's transaction: its login (scrubbed, or gone), sessions, tokens,
 * profile, earlier addresses, address book, customer row, consent link and payment provider's customer.
 */
export async function eraseAccount(
  trx: Knex.Transaction,
  id: string,
  target: Pick<ErasureTarget, "keep_auth_identity_row" | "earlier_emails">,
  run: Run,
) {
  const identities = `select id from auth_identity where app_metadata->>'customer_id' = ?`
  await run(
    "login",
    `update provider_identity set entity_id = 'erased:' || id, provider_metadata = null, user_metadata = null where auth_identity_id in (${identities})`,
    [id],
    trx,
  )
  if (!target.keep_auth_identity_row) {
    await run("login", `delete from provider_identity where auth_identity_id in (${identities})`, [id], trx)
    await run("login", `delete from auth_identity where app_metadata->>'customer_id' = ?`, [id], trx)
  }
  await run("sessions", `delete from customer_session where customer_id = ?`, [id], trx)
  await run("account", `delete from account_token where customer_id = ?`, [id], trx)
  await run("account", `delete from account_profile where customer_id = ?`, [id], trx)
  // Each earlier address keeps the time it was given up, as a keyed hash only (handoverMarker).
  const earlier = [...new Set(target.earlier_emails.map((e) => e.email.toLowerCase()))]
  await run(
    "account",
    `update earlier_email set email = m.marker from unnest(?::text[], ?::text[]) as m(address, marker)
        where earlier_email.customer_id = ? and earlier_email.email = m.address`,
    [earlier, earlier.map(handoverMarker), id],
    trx,
  )
  await run("addresses", `delete from customer_address where customer_id = ?`, [id], trx)
  await run(
    "customer",
    `update customer set ${CUSTOMER_SCRUB},
        has_account = false, deleted_at = coalesce(deleted_at, now()) where id = ?`,
    [id],
    trx,
  )
  // The proof of a cookie choice stays (a legal duty), but only under its random consent id.
  await run("consent", `update consent_record set customer_id = null where customer_id = ?`, [id], trx)
  // A payment provider's customer record (Stripe) as Medusa mirrors it: its e-mail and data go.
  const holders = `select account_holder_id from customer_account_holder where customer_id = ?`
  await run(
    "payment accounts",
    `update account_holder set email = null, data = '{}'::jsonb, metadata = null where id in (${holders})`,
    [id],
    trx,
  )
  await run("payment accounts", `delete from customer_account_holder where customer_id = ?`, [id], trx)
}
