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
import { invoicedAmount } from "../modules/invoicing/service"
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
import { SharedPages } from "./export-pages"

/** Orders are read this many at a time, so an export's memory does not grow with the number of orders. */
export const ORDER_PAGE = 100

/**
 * Yields a kind's rows page by page; each source reads only what its kind shows, except the kinds of the subject's
 * orders, which share one read of each page (readOrderPage).
 */
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

/** What the orders kind shows of an order (its amounts come from its invoice: `readOrderPage`). */
const ORDER_FIELDS = [
  "created_at",
  "status",
  "email",
  "currency_code",
  "shipping_methods.name",
  ...ADDRESS_FIELDS.map((f) => `shipping_address.${f}`),
  ...ADDRESS_FIELDS.map((f) => `billing_address.${f}`),
]

/** What order_lines shows: stored amounts only, the line total is price × quantity less its discounts. */
const LINE_FIELDS = [
  "items.product_title",
  "items.variant_title",
  "items.variant_sku",
  "items.detail.quantity",
  "items.unit_price",
  "items.adjustments.amount",
]

const PAYMENT_FIELDS = [
  "payment_collections.payments.provider_id",
  "payment_collections.payments.amount",
  "payment_collections.payments.currency_code",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.created_at",
  "payment_collections.payments.refunds.amount",
]

/** What the returns kind takes from the order: its lines' titles, by line id. */
const RETURN_FIELDS = ["items.id", "items.product_title"]

/** What invoices shows of a document, what the zip needs for its PDF, and the snapshot the orders' amounts are in. */
const DOCUMENT_FIELDS = [
  "id",
  "kind",
  "number",
  "order_id",
  "issued_at",
  "corrects_number",
  "total",
  "currency_code",
  "pdf_sha256",
  "snapshot",
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

/** An invoice or credit note as the export reads it (DOCUMENT_FIELDS). */
type Document = Awaited<ReturnType<InvoicingModuleService["listInvoiceDocuments"]>>[number]

/** Where an invoice's or credit note's PDF sits in the zip. */
export function documentFile(document: { kind: string; number: string }): string {
  return document.kind === "invoice"
    ? `invoices/factuur-${document.number}.pdf`
    : `credit-notes/creditnota-${document.number}.pdf`
}

function orderRow(o: AnyRecord, amounts: Pick<ExportRow<"orders">, "total" | "shipping_total" | "tax_total">) {
  return {
    order_number: Number(o.display_id),
    placed_at: iso(o.created_at),
    status: str(o.status),
    email: str(o.email),
    currency_code: str(o.currency_code),
    ...amounts,
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
  }
}

function lineRows(o: AnyRecord): ExportRow<"order_lines">[] {
  return (o.items ?? []).map((item: AnyRecord) => {
    const quantity = numeric(item.detail?.quantity ?? 0)
    const discount = (item.adjustments ?? []).reduce((sum: number, a: AnyRecord) => sum + numeric(a?.amount ?? 0), 0)
    return {
      order_number: Number(o.display_id),
      product: str(item.product_title),
      variant: str(item.variant_title),
      sku: str(item.variant_sku),
      quantity,
      unit_price: num(item.unit_price),
      total: num(numeric(item.unit_price) * quantity - discount),
    }
  })
}

function paymentRows(o: AnyRecord): ExportRow<"payments">[] {
  return (o.payment_collections ?? []).flatMap((collection: AnyRecord) =>
    (collection?.payments ?? []).map((p: AnyRecord) => ({
      order_number: Number(o.display_id),
      provider: str(p.provider_id),
      amount: num(p.amount),
      currency_code: str(p.currency_code),
      captured_at: iso(p.captured_at),
      refunded_amount: (p.refunds ?? []).reduce((sum: number, r: AnyRecord) => sum + numeric(r?.amount ?? 0), 0),
      created_at: iso(p.created_at),
    })),
  )
}

function invoiceRow(d: Document, subject: DataSubject): ExportRow<"invoices"> {
  return {
    number: d.number,
    kind: d.kind,
    order_number: subject.orderNumbers[d.order_id] ?? null,
    issued_at: iso(d.issued_at),
    corrects_number: str(d.corrects_number),
    // Stored in cents, as issued; in euros like every other amount of the export.
    total: num(d.total / 100),
    currency_code: str(d.currency_code),
    sha256: d.pdf_sha256,
    file: documentFile(d),
  }
}

/** One page of the subject's orders, as each reader takes it (SharedPages). */
type OrderPage = {
  orders: ExportRow<"orders">[]
  order_lines: ExportRow<"order_lines">[]
  payments: ExportRow<"payments">[]
  invoices: ExportRow<"invoices">[]
  /** The page's invoices and credit notes, oldest first, for their PDFs (export-archive.ts). */
  documents: Pick<Document, "id" | "kind" | "number">[]
  /** The page's order lines' product titles by line id, for the returns' items. */
  line_titles: Map<string, unknown>
}

/**
 * One page of orders read once for every kind that shows them: Medusa's order graph with the union of their fields,
 * and the page's invoices and credit notes (the invoices kind, the zip's PDFs, and the orders' amounts). Each pass of
 * the graph costs about a second for 500 orders (BENCHMARKS.md, "A million orders"); three kinds used to make one
 * each.
 */
async function readOrderPage(scope: MedusaContainer, subject: DataSubject, ids: string[]): Promise<OrderPage> {
  const invoicing = scope.resolve<InvoicingModuleService>(INVOICING_MODULE)
  const [{ data }, documents] = await Promise.all([
    scope.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: [...new Set(["id", "display_id", ...ORDER_FIELDS, ...LINE_FIELDS, ...PAYMENT_FIELDS, ...RETURN_FIELDS])],
      filters: { id: ids },
    }),
    invoicing.listInvoiceDocuments(
      { order_id: ids },
      { select: DOCUMENT_FIELDS, order: { issued_at: "ASC", number: "ASC" } },
    ),
  ])
  const byId = new Map(data.map((order) => [order.id, order as AnyRecord]))
  const orders = ids.flatMap((id) => byId.get(id) ?? [])
  // The amounts as the order's invoice states them; Medusa computes them only for an order not yet invoiced.
  const invoiced = new Map(
    documents.filter((d) => d.kind === "invoice").map((d) => [d.order_id, invoicedAmount(d.snapshot)]),
  )
  const computed = await computedTotals(
    scope,
    orders.flatMap((o) => (invoiced.has(o.id) ? [] : [o.id])),
  )
  const amounts = (id: string) => {
    const document = invoiced.get(id)
    if (document)
      return { total: document.gross / 100, shipping_total: document.delivery / 100, tax_total: document.vat / 100 }
    const order = computed.get(id)
    return { total: num(order?.total), shipping_total: num(order?.shipping_total), tax_total: num(order?.tax_total) }
  }
  return {
    orders: orders.map((o) => orderRow(o, amounts(o.id))),
    order_lines: orders.flatMap(lineRows),
    payments: orders.flatMap(paymentRows),
    invoices: documents.map((d) => invoiceRow(d, subject)),
    documents: documents.map(({ id, kind, number }) => ({ id, kind, number })),
    line_titles: new Map(
      orders.flatMap((o) => (o.items ?? []).map((item: AnyRecord): [string, unknown] => [item.id, item.product_title])),
    ),
  }
}

/**
 * The subject's order pages, shared by the kinds read from them. A subject is made for one export (or one profile
 * run: bench/export-profile.cjs), so its pages are shared through it; a kind read a second time reads again.
 */
const orderPagesOf = new WeakMap<DataSubject, SharedPages<OrderPage>>()

function orderPages(scope: MedusaContainer, subject: DataSubject): SharedPages<OrderPage> {
  let pages = orderPagesOf.get(subject)
  if (!pages) {
    pages = new SharedPages(Math.ceil(subject.orderIds.length / ORDER_PAGE), (index) =>
      readOrderPage(scope, subject, subject.orderIds.slice(index * ORDER_PAGE, (index + 1) * ORDER_PAGE)),
    )
    orderPagesOf.set(subject, pages)
  }
  return pages
}

/** The subject's invoices and credit notes, oldest first, ORDER_PAGE orders at a time (read with the orders). */
export function documentPages(scope: MedusaContainer, subject: DataSubject) {
  return orderPages(scope, subject).part("documents")
}

const orders: Source<"orders"> = (scope, subject) => orderPages(scope, subject).part("orders")

const orderLines: Source<"order_lines"> = (scope, subject) => orderPages(scope, subject).part("order_lines")

const payments: Source<"payments"> = (scope, subject) => orderPages(scope, subject).part("payments")

const invoices: Source<"invoices"> = (scope, subject) => orderPages(scope, subject).part("invoices")

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
  let start = 0
  // The lines' titles come with the order page the orders kind has read already.
  for await (const titles of orderPages(scope, subject).part("line_titles")) {
    const ids = subject.orderIds.slice(start, (start += ORDER_PAGE))
    const { data: found } = await query.graph({
      entity: "return",
      fields: ["order_id", "status", "created_at", "received_at", "items.item_id", "items.quantity"],
      filters: { order_id: ids },
    })
    yield ids.flatMap((id) =>
      found
        .filter((r) => r.order_id === id)
        .map((r: AnyRecord) => ({
          order_number: Number(subject.orderNumbers[id]),
          status: str(r.status),
          requested_at: iso(r.created_at),
          received_at: iso(r.received_at),
          items: str(
            (r.items ?? [])
              .map((item: AnyRecord) => `${numeric(item.quantity)} × ${titles.get(item.item_id) ?? item.item_id}`)
              .join("; "),
          ),
        })),
    )
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
