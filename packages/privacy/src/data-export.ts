import { z } from "zod"
import { controllerSchema, localisedSchema, type DataMap } from "./types"

/** Raised when data.json changes shape in a way a reader must know about. */
export const EXPORT_SCHEMA_VERSION = 1

const text = z.string().nullable()
const time = z.iso.datetime({ offset: true }).nullable()
const amount = z.number().nullable()

/**
 * Every kind of record the export holds (one CSV each, one array in data.json), its columns and the data
 * categories of the map it covers. A personal data category that no kind covers fails a test.
 */
export const EXPORT_KINDS = {
  profile: {
    covers: ["identity", "contact", "account"],
    row: {
      email: text,
      first_name: text,
      last_name: text,
      company_name: text,
      phone: text,
      has_account: z.boolean(),
      email_verified_at: time,
      birth_date: text,
      last_login_at: time,
      created_at: time,
    },
  },
  earlier_emails: {
    covers: ["account", "contact"],
    row: { email: text, replaced_at: time },
  },
  addresses: {
    covers: ["address", "identity"],
    row: {
      address_name: text,
      first_name: text,
      last_name: text,
      company: text,
      address_1: text,
      address_2: text,
      postal_code: text,
      city: text,
      country_code: text,
      phone: text,
      created_at: time,
    },
  },
  sessions: {
    covers: ["account"],
    row: { started_at: time, last_seen_at: time, expires_at: time, ended_at: time },
  },
  inactivity_warnings: {
    covers: ["account"],
    row: { last_activity_at: time, warned_at: time, erase_after: time, status: text, resolved_at: time },
  },
  orders: {
    covers: ["order", "identity", "contact", "address"],
    row: {
      order_number: z.number(),
      placed_at: time,
      status: text,
      email: text,
      currency_code: text,
      total: amount,
      shipping_total: amount,
      tax_total: amount,
      shipping_name: text,
      shipping_company: text,
      shipping_address: text,
      shipping_postal_code: text,
      shipping_city: text,
      shipping_country_code: text,
      shipping_phone: text,
      billing_name: text,
      billing_address: text,
      billing_postal_code: text,
      billing_city: text,
      billing_country_code: text,
      shipping_method: text,
    },
  },
  order_lines: {
    covers: ["order"],
    row: {
      order_number: z.number(),
      product: text,
      variant: text,
      sku: text,
      quantity: z.number(),
      unit_price: amount,
      total: amount,
    },
  },
  payments: {
    covers: ["payment"],
    row: {
      order_number: z.number(),
      provider: text,
      amount: amount,
      currency_code: text,
      captured_at: time,
      refunded_amount: amount,
      created_at: time,
    },
  },
  invoices: {
    covers: ["invoice"],
    row: {
      number: z.string(),
      kind: z.enum(["invoice", "credit_note"]),
      order_number: z.number().nullable(),
      issued_at: time,
      corrects_number: text,
      total: amount,
      currency_code: text,
      sha256: z.string(),
      file: z.string(),
    },
  },
  carts: {
    covers: ["cart"],
    row: {
      created_at: time,
      updated_at: time,
      email: text,
      items: z.number(),
      shipping_name: text,
      shipping_address: text,
      shipping_postal_code: text,
      shipping_city: text,
    },
  },
  returns: {
    covers: ["return"],
    row: { order_number: z.number(), status: text, requested_at: time, received_at: time, items: text },
  },
  withdrawals: {
    covers: ["return"],
    row: {
      order_number: z.number().nullable(),
      name: text,
      email: text,
      statement: text,
      items: text,
      submitted_at: time,
      acknowledged_at: time,
    },
  },
  mails: {
    covers: ["mail"],
    row: { sent_at: time, to: text, template: text, content: text },
  },
  contact_messages: {
    covers: ["contact-message"],
    row: { sent_at: time, name: text, email: text, order_number: text, message: text, answered_at: time },
  },
  newsletter: {
    covers: ["newsletter"],
    row: { email: text, status: text, locale: text, subscribed_at: time, confirmed_at: time, unsubscribed_at: time },
  },
  newsletter_events: {
    covers: ["newsletter"],
    row: { at: time, action: text, source: text, text_shown: text },
  },
  consent_records: {
    covers: ["consent"],
    row: {
      consent_id: z.string(),
      given_at: time,
      expires_at: time,
      categories: z.string(),
      policy_version: text,
      text_hash: text,
      locale: text,
      source: text,
      gpc: z.boolean(),
    },
  },
  data_requests: {
    covers: ["data-request"],
    // A completed restriction with no lifted_at is in force (art. 18); a completed objection stays in force (art. 21).
    row: {
      kind: text,
      channel: text,
      status: text,
      received_at: time,
      due_at: time,
      completed_at: time,
      lifted_at: time,
      outcome: text,
    },
  },
  staff_access: {
    covers: ["audit"],
    row: { at: time, action: text, subject: text, reason: text },
  },
} as const

export type ExportKind = keyof typeof EXPORT_KINDS
export const EXPORT_KIND_IDS = Object.keys(EXPORT_KINDS) as ExportKind[]
export type ExportRow<K extends ExportKind> = z.infer<z.ZodObject<(typeof EXPORT_KINDS)[K]["row"]>>

const recordsSchema = z
  .object(
    Object.fromEntries(EXPORT_KIND_IDS.map((kind) => [kind, z.array(z.object(EXPORT_KINDS[kind].row).strict())])) as {
      [K in ExportKind]: z.ZodArray<z.ZodObject<(typeof EXPORT_KINDS)[K]["row"], z.core.$strict>>
    },
  )
  .strict()

/** data.json: one machine-readable document (GDPR art. 20) with everything the shop holds about one person. */
export const exportDocumentSchema = z
  .object({
    schema_version: z.literal(EXPORT_SCHEMA_VERSION),
    generated_at: z.iso.datetime({ offset: true }),
    controller: controllerSchema,
    subject: z.object({ kind: z.enum(["customer", "guest"]), email: z.string() }).strict(),
    records: recordsSchema,
    categories: z.array(
      z
        .object({
          id: z.string(),
          name: localisedSchema,
          legal_basis: z.string(),
          purposes: localisedSchema,
          retention: z.array(localisedSchema),
          records: z.array(z.string()),
          /**
           * For data kept outside the database and linked to nobody (IP addresses): where it is, instead of records.
           */
          kept_elsewhere: localisedSchema.optional(),
        })
        .strict(),
    ),
    recipients: z.array(
      z
        .object({
          party: z.string(),
          role: z.string(),
          purpose: localisedSchema,
          location: localisedSchema,
          service: localisedSchema,
          categories: z.array(z.string()),
        })
        .strict(),
    ),
  })
  .strict()
export type ExportDocument = z.infer<typeof exportDocumentSchema>

/**
 * The personal data categories of the map that no export kind covers (a test keeps this empty). Data
 * kept only outside the database (IP addresses in counters and logs) is linked to no one, so there is
 * nothing of it to export: the export says where it is instead.
 */
export function uncoveredCategories(map: DataMap): string[] {
  const covered = new Set<string>(EXPORT_KIND_IDS.flatMap((kind) => [...EXPORT_KINDS[kind].covers]))
  return map.dataCategories
    .filter((c) => c.personal && c.storage.tables.length > 0 && !covered.has(c.id))
    .map((c) => c.id)
}

/**
 * The map's categories as the export explains them: what each is for, its basis and its term, and which files hold it.
 */
export function exportCategories(map: DataMap): ExportDocument["categories"] {
  return map.dataCategories
    .filter((c) => c.personal)
    .map((c) => ({
      id: c.id,
      name: c.name,
      legal_basis: c.legalBasis,
      purposes: c.purposes,
      retention: map.retention.filter((r) => c.retention.includes(r.id)).map((r) => r.description),
      records: EXPORT_KIND_IDS.filter((kind) => (EXPORT_KINDS[kind].covers as readonly string[]).includes(c.id)),
      ...(c.storage.tables.length === 0 && c.storage.elsewhere ? { kept_elsewhere: c.storage.elsewhere } : {}),
    }))
}

/** The register's recipients as the export lists them (who received which categories of data). */
export function exportRecipients(map: DataMap): ExportDocument["recipients"] {
  return map.recipients.map(({ party, role, purpose, location, service, categories }) => ({
    party,
    role,
    purpose,
    location,
    service,
    categories,
  }))
}
