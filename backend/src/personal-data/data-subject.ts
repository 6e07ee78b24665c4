import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ACCOUNT_MODULE } from "../modules/account"
import type AccountModuleService from "../modules/account/service"
import { NEWSLETTER_MODULE } from "../modules/newsletter"
import type NewsletterModuleService from "../modules/newsletter/service"
import { sign } from "../lib/signature"

/**
 * An address the customer's login used before a change: from when another account gave it up, if one did
 * before them (null: from the start), until the next one took over (ISO).
 */
export type EarlierEmail = { email: string; since: string | null; until: string }

/** Whose data an export (or erasure) is about: a customer, or a guest known by the e-mail on their orders. */
export type DataSubject = {
  kind: "customer" | "guest"
  customerId: string | null
  email: string
  /** A customer's earlier login addresses: what the shop holds under one, up to its change, is theirs too. */
  earlierEmails: EarlierEmail[]
  /**
   * When another account last gave up the current address (ISO): what the shop holds under it from before is that
   * account's.
   */
  emailSince: string | null
  /** The customer's orders, and the guest orders placed with their e-mail address, oldest first. */
  orderIds: string[]
  /** Each of those orders' number (display id), by order id. */
  orderNumbers: Record<string, number>
}

/**
 * A keyed hash (HMAC with the shop's secret) of the lower-cased address: how requests find a person
 * without keeping the address. A plain hash would let anyone who guesses the address recompute it.
 */
export function subjectHash(email: string): string {
  return sign("subject", email.trim().toLowerCase())
}

/**
 * The subject of a customer account, with all orders placed by them or as a guest with their e-mail. A
 * customer staff just deleted in Medusa Admin (soft-deleted, not yet erased) is still found.
 */
export async function customerSubject(scope: MedusaContainer, customerId: string): Promise<DataSubject | null> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id", "email"],
    filters: { id: customerId },
    withDeleted: true,
  })
  const email = data[0]?.email
  if (!email) return null
  const earlier = await scope
    .resolve<AccountModuleService>(ACCOUNT_MODULE)
    .listEarlierEmails({ customer_id: customerId }, { order: { created_at: "ASC" } })
  const earlierEmails = await Promise.all(
    earlier.map(async (e) => {
      const until = new Date(e.created_at)
      return {
        email: e.email,
        since: await addressSince(scope, e.email, customerId, until),
        until: until.toISOString(),
      }
    }),
  )
  const emailSince = await addressSince(scope, email, customerId)
  return {
    kind: "customer",
    customerId,
    email,
    earlierEmails,
    emailSince,
    ...(await ordersOf(scope, { customerId, email, earlierEmails, emailSince })),
  }
}

/** The subject of a guest who proved they hold the mailbox of `email`. */
export async function guestSubject(scope: MedusaContainer, email: string): Promise<DataSubject> {
  const emailSince = await addressSince(scope, email, null)
  return {
    kind: "guest",
    customerId: null,
    email,
    earlierEmails: [],
    emailSince,
    ...(await ordersOf(scope, { customerId: null, email, earlierEmails: [], emailSince })),
  }
}

/**
 * What an erasure leaves of an address its person gave up (their current one and each earlier one): its
 * keyed hash, so the handover's time still starts the next holder's span without keeping the address.
 */
export function handoverMarker(email: string): string {
  return `handover:${subjectHash(email)}`
}

/**
 * When another account than `customerId` last gave up `email` by changing its login or by its erasure
 * (ISO), or null; with `before`, the last time before that moment (when this customer gave it up in turn).
 */
export async function addressSince(
  scope: MedusaContainer,
  email: string,
  customerId: string | null,
  before?: Date,
): Promise<string | null> {
  const filters = {
    email: [email.toLowerCase(), handoverMarker(email)],
    ...(customerId ? { customer_id: { $ne: customerId } } : {}),
    ...(before ? { created_at: { $lt: before } } : {}),
  }
  const others = await scope
    .resolve<AccountModuleService>(ACCOUNT_MODULE)
    .listEarlierEmails(filters, { order: { created_at: "DESC" }, take: 1 })
  return others[0] ? new Date(others[0].created_at).toISOString() : null
}

/**
 * Whether an account other than `customerId` took `email` after `after` (ISO): it logs in with it now, or
 * gave it up since. What the address shows from then on is that account's, not the earlier holder's.
 */
export async function takenOverSince(
  scope: MedusaContainer,
  email: string,
  customerId: string | null,
  after: string,
): Promise<boolean> {
  const holders = await scope
    .resolve(Modules.CUSTOMER)
    .listCustomers({ email: email.toLowerCase(), has_account: true }, { select: ["id"] })
  if (holders.some((holder) => holder.id !== customerId)) return true
  const gaveUp = await addressSince(scope, email, customerId)
  return gaveUp !== null && gaveUp > after
}

/**
 * The account that logged in with `email` at `at`, if one did: a request received then under the address
 * is theirs, whoever holds the address now. An account held an address from registering with it or
 * changing to it, until changing away.
 */
export async function accountHoldingAt(scope: MedusaContainer, email: string, at: Date): Promise<string | null> {
  const address = email.toLowerCase()
  const account = scope.resolve<AccountModuleService>(ACCOUNT_MODULE)
  const customers = scope.resolve(Modules.CUSTOMER)
  const heldAt = async (customerId: string, until: Date | null) => {
    // Taken when the account's previous login gave way to it, else at registration.
    const [previous] = await account.listEarlierEmails(
      { customer_id: customerId, ...(until ? { created_at: { $lt: until } } : {}) },
      { order: { created_at: "DESC" }, take: 1 },
    )
    const [customer] = previous
      ? []
      : await customers.listCustomers({ id: customerId }, { select: ["created_at"], withDeleted: true })
    const taken = new Date(previous?.created_at ?? customer?.created_at ?? Infinity)
    return taken <= at && (!until || at < until)
  }
  for (const gaveUp of await account.listEarlierEmails(
    { email: address, created_at: { $gt: at } },
    { order: { created_at: "ASC" } },
  )) {
    if (await heldAt(gaveUp.customer_id, new Date(gaveUp.created_at))) return gaveUp.customer_id
  }
  const [holder] = await customers.listCustomers({ email: address, has_account: true }, { select: ["id"] })
  return holder && (await heldAt(holder.id, null)) ? holder.id : null
}

/**
 * The subject a request is about: its customer; else the account registered with its e-mail address (a
 * letter or guest form from someone who has an account); else the guest behind that address.
 */
export async function requestSubject(
  scope: MedusaContainer,
  request: { customer_id: string | null; email: string | null },
): Promise<DataSubject> {
  const byId = request.customer_id ? await customerSubject(scope, request.customer_id) : null
  if (byId) return byId
  const email = (request.email ?? "").toLowerCase()
  const [account] = await scope.resolve(Modules.CUSTOMER).listCustomers({ email, has_account: true })
  return (account && (await customerSubject(scope, account.id))) || guestSubject(scope, email)
}

/** What names the rows held under a person's addresses. */
export type HeldAddresses = Pick<DataSubject, "email" | "earlierEmails" | "emailSince">

/**
 * Filters (for `$or`) on the rows held under the subject's addresses: the current one (from when another
 * account gave it up, if one did), and each earlier one on rows created while they held it (another
 * account may have held it before them, and may hold it since).
 */
export function underAddresses(
  subject: HeldAddresses,
  field = "email",
  created = "created_at",
): Record<string, unknown>[] {
  const current = subject.emailSince
    ? { [field]: subject.email, [created]: { $gt: subject.emailSince } }
    : { [field]: subject.email }
  const earlier = subject.earlierEmails.map((e) => ({
    [field]: e.email,
    [created]: e.since ? { $gt: e.since, $lte: e.until } : { $lte: e.until },
  }))
  return [current, ...earlier]
}

/** The same addresses as their keyed hashes: how privacy requests name a person. */
export function hashedAddresses(subject: HeldAddresses): HeldAddresses {
  return {
    ...subject,
    email: subjectHash(subject.email),
    earlierEmails: subject.earlierEmails.map((e) => ({ ...e, email: subjectHash(e.email) })),
  }
}

/** The newsletter subscriptions under a subject's addresses, each in the span they held it (and matching `filters`). */
export async function subscriptionsOf(
  scope: MedusaContainer,
  subject: HeldAddresses,
  filters: Record<string, unknown> = {},
) {
  return scope
    .resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
    .listNewsletterSubscriptions({ $and: [filters, { $or: underAddresses(subject) }] })
}

/**
 * The privacy requests that are a subject's: their account's, and those filed under the keyed hash of
 * an address while they held it — not a request of whoever held the address before or after them.
 */
export function requestsOf(subject: HeldAddresses & { customerId: string | null }): { $or: Record<string, unknown>[] } {
  return {
    $or: [
      ...underAddresses(hashedAddresses(subject), "subject_hash", "received_at"),
      ...(subject.customerId ? [{ customer_id: subject.customerId }] : []),
    ],
  }
}

/**
 * A customer's own orders, plus orders with their address (or an earlier one) that no account placed.
 * Someone else's account can type this address at checkout: that order is theirs, not this person's.
 */
async function ordersOf(
  scope: MedusaContainer,
  { customerId, ...held }: { customerId: string | null } & HeldAddresses,
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters = { $or: [...(customerId ? [{ customer_id: customerId }] : []), ...underAddresses(held)] }
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "created_at", "customer_id", "customer.has_account"],
    filters,
  })
  const orders = data
    .filter((order) => (customerId && order.customer_id === customerId) || !order.customer?.has_account)
    .sort(
      (a, b) => new Date(a.created_at as string | Date).getTime() - new Date(b.created_at as string | Date).getTime(),
    )
  return {
    orderIds: orders.map((order) => order.id),
    orderNumbers: Object.fromEntries(orders.map((order) => [order.id, Number(order.display_id)])),
  }
}
