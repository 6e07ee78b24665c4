import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import type { ExportKind, ExportRow } from "@helder/privacy"
import { ACCOUNT_MODULE } from "../modules/account"
import type AccountModuleService from "../modules/account/service"
import { AUDIT_MODULE } from "../modules/audit"
import type AuditModuleService from "../modules/audit/service"
import { CONSENT_MODULE } from "../modules/consent"
import type ConsentModuleService from "../modules/consent/service"
import { CONTACT_MODULE } from "../modules/contact"
import type ContactModuleService from "../modules/contact/service"
import { INVOICING_MODULE } from "../modules/invoicing"
import type InvoicingModuleService from "../modules/invoicing/service"
import { NEWSLETTER_MODULE } from "../modules/newsletter"
import type NewsletterModuleService from "../modules/newsletter/service"
import { PRIVACY_REQUEST_MODULE } from "../modules/privacy-request"
import type PrivacyRequestModuleService from "../modules/privacy-request/service"
import { RETENTION_MODULE } from "../modules/retention"
import type RetentionModuleService from "../modules/retention/service"
import { WITHDRAWAL_MODULE } from "../modules/withdrawal"
import type WithdrawalModuleService from "../modules/withdrawal/service"
import { type DataSubject, requestsOf, subscriptionsOf, underAddresses } from "./data-subject"
import { addressTerms, heldUnder } from "./addresses"

/** Orders are read this many at a time, so an export's memory does not grow with the number of orders. */
export const ORDER_PAGE = 100

/** Yields a kind's rows page by page; each source reads only what its kind shows. */
type Source<K extends ExportKind> = (scope: MedusaContainer, subject: DataSubject) => AsyncIterable<ExportRow<K>[]>

type Address = Record<string, unknown> | null | undefined
// Query's graph rows, read field by field as the export writes them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyRecord = Record<string, any>

const iso = (value: unknown): string | null => (value ? new Date(value as string | Date).toISOString() : null)
const str = (value: unknown): string | null =>
  value === undefined || value === null || value === "" ? null : String(value)
/** A quantity or amount as Query returns it: a number, a numeric string or one of Medusa's BigNumbers. */
const numeric = (value: unknown): number => MathBN.convert(value as Parameters<typeof MathBN.convert>[0]).toNumber()
/** Amounts in euros, to the cent (Medusa's computed totals carry float noise). */
const num = (value: unknown): number | null =>
  value === undefined || value === null ? null : Math.round(numeric(value) * 100) / 100
const name = (a: Address) => str([a?.first_name, a?.last_name].filter(Boolean).join(" "))
const street = (a: Address) => str([a?.address_1, a?.address_2].filter(Boolean).join(", "))

/** The subject's orders, ORDER_PAGE at a time, with the given fields. */
async function* orderPages(scope: MedusaContainer, subject: DataSubject, fields: string[]): AsyncIterable<AnyRecord[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  for (let start = 0; start < subject.orderIds.length; start += ORDER_PAGE) {
    const ids = subject.orderIds.slice(start, start + ORDER_PAGE)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "display_id", ...fields],
      filters: { id: ids },
    })
    const byId = new Map(data.map((order) => [order.id, order]))
    yield ids.flatMap((id) => (byId.has(id) ? [byId.get(id) as AnyRecord] : []))
  }
}

/** A kind read in one go: the subject has a handful of these, not hundreds. */
async function* once<T>(rows: () => Promise<T[]>): AsyncIterable<T[]> {
  yield await rows()
}

const profile: Source<"profile"> = (scope, subject) =>
  once(async () => {
    if (!subject.customerId) return []
    const query = scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "customer",
      fields: ["email", "first_name", "last_name", "company_name", "phone", "has_account", "created_at"],
      filters: { id: subject.customerId },
    })
    const [account] = await scope
      .resolve<AccountModuleService>(ACCOUNT_MODULE)
      .listAccountProfiles({ customer_id: subject.customerId })
    return data.map((c) => ({
      email: str(c.email),
      first_name: str(c.first_name),
      last_name: str(c.last_name),
      company_name: str(c.company_name),
      phone: str(c.phone),
      has_account: Boolean(c.has_account),
      email_verified_at: iso(account?.email_verified_at),
      birth_date: str(account?.birth_date),
      last_login_at: iso(account?.last_login_at),
      created_at: iso(c.created_at),
    }))
  })

const earlierEmails: Source<"earlier_emails"> = (_scope, subject) =>
  once(async () => subject.earlierEmails.map((e) => ({ email: e.email, replaced_at: iso(e.until) })))

const addresses: Source<"addresses"> = (scope, subject) =>
  once(async () => {
    if (!subject.customerId) return []
    const query = scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "customer",
      fields: ["addresses.*"],
      filters: { id: subject.customerId },
    })
    return ((data[0]?.addresses ?? []) as AnyRecord[]).flatMap((a) =>
      a
        ? [
            {
              address_name: str(a.address_name),
              first_name: str(a.first_name),
              last_name: str(a.last_name),
              company: str(a.company),
              address_1: str(a.address_1),
              address_2: str(a.address_2),
              postal_code: str(a.postal_code),
              city: str(a.city),
              country_code: str(a.country_code),
              phone: str(a.phone),
              created_at: iso(a.created_at),
            },
          ]
        : [],
    )
  })

const sessions: Source<"sessions"> = (scope, subject) =>
  once(async () => {
    if (!subject.customerId) return []
    const rows = await scope
      .resolve<AccountModuleService>(ACCOUNT_MODULE)
      .listCustomerSessions({ customer_id: subject.customerId }, { order: { created_at: "ASC" } })
    return rows.map((s) => ({
      started_at: iso(s.created_at),
      last_seen_at: iso(s.last_seen_at),
      expires_at: iso(s.expires_at),
      ended_at: iso(s.revoked_at),
    }))
  })

const ADDRESS_FIELDS = [
  "first_name",
  "last_name",
  "company",
  "address_1",
  "address_2",
  "postal_code",
  "city",
  "country_code",
  "phone",
]

/**
 * Medusa's computed totals of the given orders (an order whose invoice is not issued yet: it follows the order by a
 * moment), by id.
 */
async function computedTotals(scope: MedusaContainer, ids: string[]): Promise<Map<string, AnyRecord>> {
  if (!ids.length) return new Map()
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "total", "shipping_total", "tax_total"],
    filters: { id: ids },
  })
  return new Map(data.map((order) => [order.id, order as AnyRecord]))
}

async function* orders(scope: MedusaContainer, subject: DataSubject): AsyncIterable<ExportRow<"orders">[]> {
  const fields = [
    "created_at",
    "status",
    "email",
    "currency_code",
    "shipping_methods.name",
    ...ADDRESS_FIELDS.map((f) => `shipping_address.${f}`),
    ...ADDRESS_FIELDS.map((f) => `billing_address.${f}`),
  ]
  const invoicing = scope.resolve<InvoicingModuleService>(INVOICING_MODULE)
  for await (const page of orderPages(scope, subject, fields)) {
    // The amounts as the order's invoice states them; Medusa computes them only for an order not yet invoiced.
    const invoiced = await invoicing.invoicedAmounts(page.map((o) => o.id))
    const computed = await computedTotals(
      scope,
      page.flatMap((o) => (invoiced.has(o.id) ? [] : [o.id])),
    )
    const amounts = (id: string) => {
      const document = invoiced.get(id)
      if (document)
        return { total: document.gross / 100, shipping_total: document.delivery / 100, tax_total: document.vat / 100 }
      const order = computed.get(id)
      return { total: num(order?.total), shipping_total: num(order?.shipping_total), tax_total: num(order?.tax_total) }
    }
    yield page.map((o) => ({
      order_number: Number(o.display_id),
      placed_at: iso(o.created_at),
      status: str(o.status),
      email: str(o.email),
      currency_code: str(o.currency_code),
      ...amounts(o.id),
      shipping_name: name(o.shipping_address),
      shipping_company: str(o.shipping_address?.company),
      shipping_address: street(o.shipping_address),
      shipping_postal_code: str(o.shipping_address?.postal_code),
      shipping_city: str(o.shipping_address?.city),
      shipping_country_code: str(o.shipping_address?.country_code),
      shipping_phone: str(o.shipping_address?.phone),
      billing_name: name(o.billing_address),
      billing_address: street(o.billing_address),
      billing_postal_code: str(o.billing_address?.postal_code),
      billing_city: str(o.billing_address?.city),
      billing_country_code: str(o.billing_address?.country_code),
      shipping_method: str(
        (o.shipping_methods ?? [])
          .map((m: AnyRecord | null) => m?.name)
          .filter(Boolean)
          .join(", "),
      ),
    }))
  }
}

async function* orderLines(scope: MedusaContainer, subject: DataSubject): AsyncIterable<ExportRow<"order_lines">[]> {
  // Stored amounts only: the line total is price × quantity less its discounts, without Medusa's costly totals pass.
  const fields = [
    "items.product_title",
    "items.variant_title",
    "items.variant_sku",
    "items.detail.quantity",
    "items.unit_price",
    "items.adjustments.amount",
  ]
  for await (const page of orderPages(scope, subject, fields)) {
    yield page.flatMap((o) =>
      (o.items ?? []).map((item: AnyRecord) => {
        const quantity = numeric(item.detail?.quantity ?? 0)
        const discount = (item.adjustments ?? []).reduce(
          (sum: number, a: AnyRecord) => sum + numeric(a?.amount ?? 0),
          0,
        )
        return {
          order_number: Number(o.display_id),
          product: str(item.product_title),
          variant: str(item.variant_title),
          sku: str(item.variant_sku),
          quantity,
          unit_price: num(item.unit_price),
          total: num(numeric(item.unit_price) * quantity - discount),
        }
      }),
    )
  }
}

async function* payments(scope: MedusaContainer, subject: DataSubject): AsyncIterable<ExportRow<"payments">[]> {
  const fields = [
    "payment_collections.payments.provider_id",
    "payment_collections.payments.amount",
    "payment_collections.payments.currency_code",
    "payment_collections.payments.captured_at",
    "payment_collections.payments.created_at",
    "payment_collections.payments.refunds.amount",
  ]
  for await (const page of orderPages(scope, subject, fields)) {
    yield page.flatMap((o) =>
      (o.payment_collections ?? []).flatMap((collection: AnyRecord) =>
        (collection?.payments ?? []).map((p: AnyRecord) => ({
          order_number: Number(o.display_id),
          provider: str(p.provider_id),
          amount: num(p.amount),
          currency_code: str(p.currency_code),
          captured_at: iso(p.captured_at),
          refunded_amount: (p.refunds ?? []).reduce((sum: number, r: AnyRecord) => sum + numeric(r?.amount ?? 0), 0),
          created_at: iso(p.created_at),
        })),
      ),
    )
  }
}

/** Where an invoice's or credit note's PDF sits in the zip. */
export function documentFile(document: { kind: string; number: string }): string {
  return document.kind === "invoice"
    ? `invoices/factuur-${document.number}.pdf`
    : `credit-notes/creditnota-${document.number}.pdf`
}

/** The subject's invoices and credit notes, oldest first, ORDER_PAGE orders at a time. */
export async function* documentPages(scope: MedusaContainer, subject: DataSubject) {
  const invoicing = scope.resolve<InvoicingModuleService>(INVOICING_MODULE)
  for (let start = 0; start < subject.orderIds.length; start += ORDER_PAGE) {
    yield await invoicing.listInvoiceDocuments(
      { order_id: subject.orderIds.slice(start, start + ORDER_PAGE) },
      {
        select: [
          "id",
          "kind",
          "number",
          "order_id",
          "issued_at",
          "corrects_number",
          "total",
          "currency_code",
          "pdf_sha256",
        ],
        order: { issued_at: "ASC", number: "ASC" },
      },
    )
  }
}

async function* invoices(scope: MedusaContainer, subject: DataSubject): AsyncIterable<ExportRow<"invoices">[]> {
  for await (const page of documentPages(scope, subject)) {
    yield page.map((d) => ({
      number: d.number,
      kind: d.kind,
      order_number: subject.orderNumbers[d.order_id] ?? null,
      issued_at: iso(d.issued_at),
      corrects_number: str(d.corrects_number),
      total: num(d.total),
      currency_code: str(d.currency_code),
      sha256: d.pdf_sha256,
      file: documentFile(d),
    }))
  }
}

const carts: Source<"carts"> = (scope, subject) =>
  once(async () => {
    const query = scope.resolve(ContainerRegistrationKeys.QUERY)
    const owner = [...(subject.customerId ? [{ customer_id: subject.customerId }] : []), ...underAddresses(subject)]
    const { data } = await query.graph({
      entity: "cart",
      fields: [
        "created_at",
        "updated_at",
        "email",
        "completed_at",
        "items.id",
        ...ADDRESS_FIELDS.map((f) => `shipping_address.${f}`),
      ],
      filters: { $or: owner, completed_at: null },
    })
    return data.map((c) => ({
      created_at: iso(c.created_at),
      updated_at: iso(c.updated_at),
      email: str(c.email),
      items: (c.items ?? []).length,
      shipping_name: name(c.shipping_address as Address),
      shipping_address: street(c.shipping_address as Address),
      shipping_postal_code: str(c.shipping_address?.postal_code),
      shipping_city: str(c.shipping_address?.city),
    }))
  })

async function* returns(scope: MedusaContainer, subject: DataSubject): AsyncIterable<ExportRow<"returns">[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  for (let start = 0; start < subject.orderIds.length; start += ORDER_PAGE) {
    const ids = subject.orderIds.slice(start, start + ORDER_PAGE)
    // The returns first: most orders have none, so their lines' titles are read only for the orders that do.
    const { data: found } = await query.graph({
      entity: "return",
      fields: ["order_id", "status", "created_at", "received_at", "items.item_id", "items.quantity"],
      filters: { order_id: ids },
    })
    if (!found.length) continue
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "display_id", "items.id", "items.product_title"],
      filters: { id: [...new Set(found.map((r) => r.order_id))] },
    })
    const byId = new Map(orders.map((order) => [order.id, order as AnyRecord]))
    const byOrder = (id: string) => found.filter((r) => r.order_id === id)
    yield ids.flatMap((id) => {
      const order = byId.get(id)
      const titles = new Map((order?.items ?? []).map((item: AnyRecord) => [item.id, item.product_title]))
      return byOrder(id).map((r: AnyRecord) => ({
        order_number: Number(order?.display_id),
        status: str(r.status),
        requested_at: iso(r.created_at),
        received_at: iso(r.received_at),
        items: str(
          (r.items ?? [])
            .map((item: AnyRecord) => `${numeric(item.quantity)} × ${titles.get(item.item_id) ?? item.item_id}`)
            .join("; "),
        ),
      }))
    })
  }
}

const withdrawals: Source<"withdrawals"> = (scope, subject) =>
  once(async () => {
    if (!subject.orderIds.length) return []
    const notices = await scope
      .resolve<WithdrawalModuleService>(WITHDRAWAL_MODULE)
      .listWithdrawalNotices({ order_id: subject.orderIds }, { order: { submitted_at: "ASC" } })
    return notices.map((w) => ({
      order_number: subject.orderNumbers[w.order_id] ?? null,
      name: str(w.name),
      email: str(w.email),
      statement: str(w.statement),
      items: str(
        ((w.items as { lines?: { quantity: number; title: string }[] })?.lines ?? [])
          .map((l) => `${l.quantity} × ${l.title}`)
          .join("; "),
      ),
      submitted_at: iso(w.submitted_at),
      acknowledged_at: iso(w.acknowledged_at),
    }))
  })

const inactivityWarnings: Source<"inactivity_warnings"> = (scope, subject) =>
  once(async () => {
    if (!subject.customerId) return []
    const warnings = await scope
      .resolve<RetentionModuleService>(RETENTION_MODULE)
      .listInactivityWarnings({ customer_id: subject.customerId }, { order: { created_at: "ASC" } })
    return warnings.map((w) => ({
      last_activity_at: iso(w.last_activity_at),
      warned_at: iso(w.warned_at),
      erase_after: iso(w.erase_after),
      status: w.status,
      resolved_at: iso(w.resolved_at),
    }))
  })

/**
 * The shop's stored copies of the mails sent to the person: to their address, to an earlier one until its
 * change, and to either about one of their orders (a credit note after the change goes where the order
 * was placed). What they said, without the links with a key (never stored).
 */
const mails: Source<"mails"> = (scope, subject) =>
  once(async () => {
    const terms = addressTerms(subject)
    const { rows } = await scope
      .resolve(ContainerRegistrationKeys.PG_CONNECTION)
      .raw<{ rows: { created_at: Date; to: string; template: string; data: Record<string, unknown> | null }[] }>(
        `select created_at, "to", template, data from notification
          where (${heldUnder(`notification."to"`, "notification.created_at")} or (lower("to") = any(?) and data->>'order_number' = any(?)))
            and deleted_at is null order by created_at`,
        [terms.emails, terms.from, terms.until, terms.emails, Object.values(subject.orderNumbers).map(String)],
      )
    return rows.map((m) => ({
      sent_at: iso(m.created_at),
      to: m.to,
      template: m.template,
      content: JSON.stringify(
        Object.fromEntries(Object.entries(m.data ?? {}).filter(([key, value]) => key !== "locale" && value !== null)),
      ),
    }))
  })

const contactMessages: Source<"contact_messages"> = (scope, subject) =>
  once(async () => {
    const messages = await scope
      .resolve<ContactModuleService>(CONTACT_MODULE)
      .listContactMessages({ $or: underAddresses(subject) }, { order: { created_at: "ASC" } })
    return messages.map((m) => ({
      sent_at: iso(m.created_at),
      name: str(m.name),
      email: str(m.email),
      order_number: str(m.order_number),
      message: str(m.message),
      answered_at: iso(m.answered_at),
    }))
  })

const newsletter: Source<"newsletter"> = (scope, subject) =>
  once(async () =>
    (await subscriptionsOf(scope, subject)).map((s) => ({
      email: str(s.email),
      status: str(s.status),
      locale: str(s.locale),
      subscribed_at: iso(s.created_at),
      confirmed_at: iso(s.confirmed_at),
      unsubscribed_at: iso(s.unsubscribed_at),
    })),
  )

const newsletterEvents: Source<"newsletter_events"> = (scope, subject) =>
  once(async () => {
    const subscriptions = await subscriptionsOf(scope, subject)
    if (!subscriptions.length) return []
    const events = await scope
      .resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
      .listNewsletterConsentEvents(
        { subscription_id: subscriptions.map((s) => s.id) },
        { order: { created_at: "ASC" } },
      )
    return events.map((e) => ({
      at: iso(e.created_at),
      action: str(e.action),
      source: str(e.source),
      text_shown: str(e.text),
    }))
  })

const consentRecords: Source<"consent_records"> = (scope, subject) =>
  once(async () => {
    if (!subject.customerId) return []
    const records = await scope
      .resolve<ConsentModuleService>(CONSENT_MODULE)
      .listConsentRecords({ customer_id: subject.customerId }, { order: { given_at: "ASC" } })
    return records.map((r) => ({
      consent_id: r.consent_id,
      given_at: iso(r.given_at),
      expires_at: iso(r.expires_at),
      categories: (r.categories as string[]).join(" "),
      policy_version: str(r.policy_version),
      text_hash: str(r.text_hash),
      locale: str(r.locale),
      source: str(r.source),
      gpc: Boolean(r.gpc),
    }))
  })

const dataRequests: Source<"data_requests"> = (scope, subject) =>
  once(async () => {
    const requests = await scope
      .resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
      .listDataRequests(requestsOf(subject), { order: { received_at: "ASC" } })
    return requests.map((r) => ({
      kind: r.kind,
      channel: r.channel,
      status: r.status,
      received_at: iso(r.received_at),
      due_at: iso(r.due_at),
      completed_at: iso(r.completed_at),
      lifted_at: iso(r.lifted_at),
      outcome: str(r.rejected_reason ?? r.deferred_reason ?? r.lift_reason),
    }))
  })

const staffAccess: Source<"staff_access"> = (scope, subject) =>
  once(async () => {
    const subjects = [...(subject.customerId ? [subject.customerId] : []), ...subject.orderIds]
    if (!subjects.length) return []
    const events = await scope
      .resolve<AuditModuleService>(AUDIT_MODULE)
      .listAuditEvents({ subject_id: subjects }, { order: { occurred_at: "ASC" } })
    return events.map((e) => ({
      at: iso(e.occurred_at),
      action: e.action,
      subject: `${e.subject_type} ${e.subject_id}`,
      reason: str(e.reason),
    }))
  })

/** One source per kind of record: the compiler refuses a kind without one. */
export const EXPORT_SOURCES: { [K in ExportKind]: Source<K> } = {
  profile,
  earlier_emails: earlierEmails,
  addresses,
  sessions,
  inactivity_warnings: inactivityWarnings,
  orders,
  order_lines: orderLines,
  payments,
  invoices,
  carts,
  returns,
  withdrawals,
  mails,
  contact_messages: contactMessages,
  newsletter,
  newsletter_events: newsletterEvents,
  consent_records: consentRecords,
  data_requests: dataRequests,
  staff_access: staffAccess,
}
