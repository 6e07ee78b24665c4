import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId } from "@medusajs/framework/utils"
import { type EarlierEmail, handoverMarker, hashedAddresses } from "./data-subject"
import { addressTerms, heldUnder } from "./addresses"
import { anonymiseOrders } from "./anonymise-orders"
import { eraseAccount } from "./erase-account"
import { personMatch } from "./residue-scan"
import { ADDRESS_SCRUB, ADDRESS_TEXT, CUSTOMER_SCRUB, PROVIDER_REFERENCE_ONLY } from "./scrubs"
import type PrivacyRequestModuleService from "../modules/privacy-request/service"

/** Whose personal data goes: a customer (with their account) or a guest known by the e-mail on their orders. */
export type ErasureTarget = {
  /** The erasure request this runs for: claimed in the same transaction, so an undo cannot slip in between. */
  request_id: string
  customer_id: string | null
  email: string
  /** Every address the person used: the account's, and any other on their orders (staff may have changed one). */
  emails: string[]
  /** The account's earlier login addresses: what the shop holds under one, up to its change, goes like the rest. */
  earlier_emails: EarlierEmail[]
  /**
   * When another account last gave up `email` (ISO): what it holds under it from before is that account's and stays.
   */
  email_since: string | null
  order_ids: string[]
  /** Leave the (scrubbed) login row for Medusa's own account removal, which runs after its hook and deletes it. */
  keep_auth_identity_row?: boolean
  /**
   * The person's e-mail addresses, full names, street lines and phones as regular expressions
   * (personPatterns), to find what no id leads to: cart addresses a checkout replaced, old values in order changes.
   */
  patterns: string[]
  /** LIKE patterns one of which every text the patterns match holds (personPatternLikes): the cheap first test. */
  pattern_likes?: string[]
}

/** The reason a kept privacy request states once its person's data is erased (staff's own words may name them). */
const ERASED_REASON = "Gegevens gewist op verzoek van de betrokkene (art. 17 AVG)"

/** The number of rows each statement changed, by a short label. */
export type ErasureCounts = Record<string, number>

/**
 * Removes or anonymises one person's data in every table that holds it, in ONE transaction: all modules
 * share this database, and an erasure that stops halfway would leave a person half-erased with no way to
 * tell. Module services cannot do this: they soft-delete, which leaves the data in the row.
 * Invoices and credit notes are not touched (legal hold); orders keep totals, lines, VAT, country and the
 * postcode's digits.
 */
export async function erasePersonalData(
  pg: Knex,
  target: ErasureTarget,
  requests: Pick<PrivacyRequestModuleService, "claimErasure">,
): Promise<ErasureCounts> {
  const counts: ErasureCounts = {}
  const add = (label: string, rows: number) => (counts[label] = (counts[label] ?? 0) + rows)
  const run = async (label: string, sql: string, bindings: Knex.RawBinding[], trx: Knex.Transaction) =>
    add(label, Number((await trx.raw(sql, bindings)).rowCount ?? 0))
  const { email, order_ids: orders } = target
  const terms = addressTerms({ email, earlierEmails: target.earlier_emails, emailSince: target.email_since })
  const held = (table: string, column = "email", created = "created_at") =>
    heldUnder(`${table}.${column}`, `${table}.${created}`)
  const addresses = [terms.emails, terms.from, terms.until]
  await pg.transaction(async (trx) => {
    // The claim: from here the request is done, and an undo arriving now finds nothing left to cancel.
    if (!(await requests.claimErasure(trx, target.request_id)))
      throw new Error(`erasure request ${target.request_id} is no longer open (undone or already run)`)
    if (target.customer_id) await eraseAccount(trx, target.customer_id, target, run)
    // Medusa keeps a customer row without an account for every guest checkout (also under an earlier address): those go
    // too.
    const guests = `select id from customer where ${held("customer")} and has_account = false`
    await run("addresses", `delete from customer_address where customer_id in (${guests})`, addresses, trx)
    await run(
      "customer",
      `update customer set ${CUSTOMER_SCRUB},
      deleted_at = coalesce(deleted_at, now()) where id in (${guests})`,
      addresses,
      trx,
    )
    // Carts with this address count only when no account owns them: another account may have typed it.
    const unowned = `(cart.customer_id is null or cart.customer_id in (select id from customer where has_account = false))`
    const carts = target.customer_id
      ? `(cart.customer_id = ? or (${held("cart")} and ${unowned}))`
      : `(${held("cart")} and ${unowned})`
    const cartBindings = target.customer_id ? [target.customer_id, ...addresses] : addresses
    await run(
      "carts",
      `update cart_address set ${ADDRESS_SCRUB} where id in (select shipping_address_id from cart where ${carts} union select billing_address_id from cart where ${carts})`,
      [...cartBindings, ...cartBindings],
      trx,
    )
    // A payment session keeps the cart's customer, addresses and address book as its context.
    const cartCollections = `select payment_collection_id from cart_payment_collection where cart_id in (select id from cart where ${carts})`
    await run(
      "payments",
      `update payment_session set context = null, metadata = null, data = ${PROVIDER_REFERENCE_ONLY} where payment_collection_id in (${cartCollections})`,
      cartBindings,
      trx,
    )
    await run(
      "carts",
      `update cart set email = null, metadata = null, customer_id = null, deleted_at = case when completed_at is null then coalesce(deleted_at, now()) else deleted_at end where ${carts}`,
      cartBindings,
      trx,
    )

    if (orders.length) await anonymiseOrders(trx, orders, add, target.patterns, target.pattern_likes)
    // The person gives up the address they used now: its keyed hash and the time start the span of whoever
    // takes it next (addressSince), so what the shop keeps of this person (requests under legal hold) stays
    // out of that person's export and account.
    await run(
      "account",
      `insert into earlier_email (id, customer_id, email, created_at, updated_at) values (?, ?, ?, now(), now())`,
      [
        generateEntityId(undefined, "earlymail"),
        target.customer_id ?? `guest:${target.request_id}`,
        handoverMarker(email),
      ],
      trx,
    )
    // Addresses a checkout replaced stay behind without a cart; those that name this person go.
    if (target.patterns.length) {
      const named = personMatch(ADDRESS_TEXT, target.patterns, target.pattern_likes)
      await run(
        "carts",
        `delete from cart_address a where not exists (select 1 from cart c where c.shipping_address_id = a.id)
        and not exists (select 1 from cart c where c.billing_address_id = a.id) and ${named.sql}`,
        named.bindings,
        trx,
      )
    }
    await run("contact", `delete from contact_message where ${held("contact_message")}`, addresses, trx)
    const subscriptions = `select id from newsletter_subscription where ${held("newsletter_subscription")}`
    await run(
      "newsletter",
      `delete from newsletter_consent_event where subscription_id in (${subscriptions})`,
      addresses,
      trx,
    )
    await run("newsletter", `delete from newsletter_subscription where id in (${subscriptions})`, addresses, trx)
    // Mail to the person's own addresses in their spans, to other addresses on their orders, and to either about one of
    // their orders.
    const orderAddresses = target.emails.filter((address) => !terms.emails.includes(address))
    const theirOrders = `select display_id::text from "order" where id = any(?)`
    await run(
      "mail",
      `delete from notification where lower("to") = any(?) or ${held("notification", `"to"`)}
      or (lower("to") = any(?) and data->>'order_number' in (${theirOrders}))`,
      [orderAddresses, ...addresses, terms.emails, orders],
      trx,
    )
    // Medusa keeps finished workflow runs (a cart's completion: its addresses) for a few days; those of this person go
    // now. Matched as whole JSON strings ("jan@x.nl"), so bjan@x.nl's runs stay.
    const mentions = [
      ...new Set([email, ...target.emails, ...terms.emails]),
      ...(target.customer_id ? [target.customer_id] : []),
      ...orders,
    ].map((value) => `%"${value.replace(/[\\%_]/g, "\\$&")}"%`)
    await run(
      "workflow runs",
      `delete from workflow_execution where state in ('done', 'failed', 'reverted') and context::text ilike any(?)`,
      [mentions],
      trx,
    )
    // Other requests stay as proof that they were handled (legal hold), under the address's keyed hash only;
    // this one keeps its address until the residue scan is clean (a failed scan leaves it open).
    const hashes = addressTerms(
      hashedAddresses({ email, earlierEmails: target.earlier_emails, emailSince: target.email_since }),
    )
    // A restriction still in force ends with the data it protected: without an address it could never be
    // lifted (art. 18(3) wants the requester told first), and its hash would bind the address's next holder.
    // An open restriction or objection is cancelled for the same reason. Staff's free-text reasons may name
    // the person, so they go with the details; the standard texts of this erasure replace them.
    const inForce = `kind = 'restriction' and status = 'completed' and lifted_at is null`
    const open = `kind in ('restriction', 'objection') and status in ('awaiting_verification', 'received', 'deferred')`
    const closeOnErasure = `lifted_at = case when ${inForce} then now() else lifted_at end,
      lift_reason = case when ${inForce} then '${ERASED_REASON}' when lifted_at is null then null else '${ERASED_REASON}' end,
      status = case when ${open} then 'cancelled' else status end,
      rejected_reason = case when ${open} then '${ERASED_REASON}' when rejected_reason is null then null else '${ERASED_REASON}' end,
      deferred_reason = null, extension_reason = null`
    await run(
      "requests",
      `update data_request set email = null, details = null, ${closeOnErasure} where id <> ? and (${held("data_request", "subject_hash", "received_at")}${target.customer_id ? " or customer_id = ?" : ""})`,
      [
        target.request_id,
        hashes.emails,
        hashes.from,
        hashes.until,
        ...(target.customer_id ? [target.customer_id] : []),
      ],
      trx,
    )
  })
  return counts
}
