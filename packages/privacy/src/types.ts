import { z } from "zod"

/** A text the shopper reads, in both shop languages. */
export const localisedSchema = z.object({ nl: z.string().min(1), en: z.string().min(1) }).strict()
export type Localised = z.infer<typeof localisedSchema>
export const LOCALES = ["nl", "en"] as const
export type PrivacyLocale = (typeof LOCALES)[number]

/** A period: whole years, months and days (calendar arithmetic, not a number of seconds). */
export const durationSchema = z
  .object({
    years: z.number().int().min(0).optional(),
    months: z.number().int().min(0).optional(),
    days: z.number().int().min(0).optional(),
  })
  .strict()
  .refine((d) => (d.years ?? 0) + (d.months ?? 0) + (d.days ?? 0) > 0, "a duration must be longer than zero")
export type Duration = z.infer<typeof durationSchema>

/** The GDPR art. 6(1) grounds Helder relies on. */
export const LEGAL_BASES = ["contract", "legal_obligation", "consent", "legitimate_interest"] as const
export type LegalBasis = (typeof LEGAL_BASES)[number]

/** How the policy pages, the export and the erasure receipt name each ground. */
export const LEGAL_BASIS_LABELS: Record<LegalBasis, Localised> = {
  contract: {
    nl: "Uitvoering van de overeenkomst (art. 6 lid 1 b AVG)",
    en: "Performance of the contract (art. 6(1)(b) GDPR)",
  },
  legal_obligation: { nl: "Wettelijke plicht (art. 6 lid 1 c AVG)", en: "Legal obligation (art. 6(1)(c) GDPR)" },
  consent: { nl: "Toestemming (art. 6 lid 1 a AVG)", en: "Consent (art. 6(1)(a) GDPR)" },
  legitimate_interest: {
    nl: "Gerechtvaardigd belang (art. 6 lid 1 f AVG)",
    en: "Legitimate interest (art. 6(1)(f) GDPR)",
  },
}

/** What happens to a category's records when their term ends, or when their person asks for erasure. */
export const ACTIONS = ["delete", "anonymise", "pseudonymise", "legal_hold", "warn_then_erase"] as const
export type PrivacyAction = (typeof ACTIONS)[number]

/** The moment a retention term starts counting. */
export const RETENTION_STARTS = [
  "last_activity",
  "delivery",
  "last_login_or_order",
  "event",
  "consent_end",
  "answered",
  "closed",
  "fiscal_year_end",
  "unsubscribe",
] as const

export const retentionRuleSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    keep: durationSchema,
    from: z.enum(RETENTION_STARTS),
    then: z.enum(["delete", "anonymise", "warn_then_erase"]),
    /** For warn_then_erase: days between the warning mail and the erasure. */
    graceDays: z.number().int().min(1).optional(),
    /** Only sales to this country follow the rule (invoices: NL 7 years, BE 10 years). */
    country: z.enum(["nl", "be"]).optional(),
    description: localisedSchema,
    /**
     * For records outside the database (counters in memory or Redis, server logs): how the term is kept
     * there. The retention engine has nothing to apply for such a rule.
     */
    outside: localisedSchema.optional(),
  })
  .strict()
  .refine(
    (rule) => (rule.then === "warn_then_erase") === (rule.graceDays !== undefined),
    "warn_then_erase needs graceDays, and only it",
  )
  .refine(
    (rule) => !(rule.outside && rule.then === "warn_then_erase"),
    "a rule kept outside the database cannot warn first",
  )
export type RetentionRule = z.infer<typeof retentionRuleSchema>

export const dataCategorySchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    name: localisedSchema,
    /** What it holds, for the policy's list of personal data. */
    fields: localisedSchema,
    /** Where it lives: module and tables, for export, erasure, retention and the residue scan. */
    storage: z
      .object({
        module: z.string().min(1),
        tables: z.array(z.string().regex(/^[a-z_]+$/)),
        /** Where it lives when not in a table of the database (counters, server logs). */
        elsewhere: localisedSchema.optional(),
      })
      .strict()
      .refine(
        (storage) => storage.tables.length > 0 || storage.elsewhere !== undefined,
        "a category lives in tables of the database or says where else",
      ),
    /** Held about a person the shop can find: the export and the erasure find it. */
    personal: z.boolean(),
    /**
     * Not personal in that sense, yet personal data under the GDPR: kept under a pseudonym (a key that
     * changes every day) and linked to no one. The policy says so instead of "no personal data".
     */
    pseudonymous: z.boolean().optional(),
    legalBasis: z.enum(LEGAL_BASES),
    purposes: localisedSchema,
    retention: z.array(z.string()).min(1),
    erasure: z.enum(ACTIONS),
    /** Why erasure keeps it (legal hold), shown on the erasure receipt. */
    keptBecause: localisedSchema.optional(),
    /** A promise of the ledger (promises.ts) its row in the policy makes beyond the table's own. */
    promise: z
      .string()
      .regex(/^P-[a-z0-9-]+$/)
      .optional(),
  })
  .strict()
  .refine(
    (c) => (c.erasure === "legal_hold") === (c.keptBecause !== undefined),
    "a legal hold says why, and only a legal hold",
  )
  .refine(
    (c) => !(c.pseudonymous && c.personal),
    "pseudonymous data is linked to no one: not personal in the map's sense",
  )
export type DataCategory = z.infer<typeof dataCategorySchema>

export const cookieSchema = z
  .object({
    /** The cookie's name, or a RegExp source when `pattern` is set (e.g. `_ga_[A-Z0-9]+`). */
    name: z.string().min(1),
    pattern: z.boolean().default(false),
    lifetime: localisedSchema,
    /** Seconds, when the lifetime is a fixed period (the cookie's Max-Age). */
    maxAgeSeconds: z.number().int().positive().optional(),
    purpose: localisedSchema,
  })
  .strict()
export type Cookie = z.infer<typeof cookieSchema>

export const serviceSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    name: z.string().min(1),
    party: z.string().min(1),
    purpose: localisedSchema,
    location: localisedSchema,
    cookies: z.array(cookieSchema),
    /** Hosts the browser may contact for this service (besides the shop itself). */
    hosts: z.array(z.string().regex(/^[a-z0-9.*-]+$/)),
  })
  .strict()
export type Service = z.infer<typeof serviceSchema>

export const CONSENT_CATEGORY_IDS = ["necessary", "functional", "analytics", "marketing", "social"] as const
export type ConsentCategoryId = (typeof CONSENT_CATEGORY_IDS)[number]

export const consentCategorySchema = z
  .object({
    id: z.enum(CONSENT_CATEGORY_IDS),
    name: localisedSchema,
    description: localisedSchema,
    /** Necessary services run without a choice and cannot be switched off. */
    required: z.boolean(),
    services: z.array(serviceSchema),
    /** A promise of the ledger (promises.ts) its section of the cookie policy makes beyond the list of its services. */
    promise: z
      .string()
      .regex(/^P-[a-z0-9-]+$/)
      .optional(),
  })
  .strict()
export type ConsentCategory = z.infer<typeof consentCategorySchema>

/** The Art. 30 register as the seeds publish it: party / purpose / location / service. */
export const recipientSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    party: z.string().min(1),
    role: z.enum(["processor", "controller"]),
    purpose: localisedSchema,
    location: localisedSchema,
    service: localisedSchema,
    /** The data categories it receives. */
    categories: z.array(z.string()).min(1),
  })
  .strict()
export type Recipient = z.infer<typeof recipientSchema>

export const policyVersionSchema = z
  .object({
    /** A date; an edition derived from a changed configuration adds its number (editions.ts). */
    id: z.string().regex(/^\d{4}-\d{2}-\d{2}(\.\d+)?$/),
    effective: z.iso.date(),
    changes: localisedSchema,
  })
  .strict()
export type PolicyVersion = z.infer<typeof policyVersionSchema>

export const controllerSchema = z
  .object({
    name: z.string().min(1),
    address: z.string().min(1),
    email: z.email(),
    phone: z.string().min(1),
    kvk: z.string().min(1),
    vat: z.string().min(1),
  })
  .strict()
export type Controller = z.infer<typeof controllerSchema>

export const dataMapSchema = z
  .object({
    controller: controllerSchema,
    dataCategories: z.array(dataCategorySchema).min(1),
    consentCategories: z.array(consentCategorySchema).length(CONSENT_CATEGORY_IDS.length),
    recipients: z.array(recipientSchema),
    retention: z.array(retentionRuleSchema).min(1),
    /** Oldest first; the last one whose date has come is in force. */
    policyVersions: z.array(policyVersionSchema).min(1),
    consent: z.object({ cookie: z.string().min(1), validFor: durationSchema }).strict(),
    erasure: z.object({ undoHours: z.number().int().min(1) }).strict(),
    /** Data-subject requests: the answer term (art. 12(3)), its longest extension and how long a mailed link works. */
    requests: z
      .object({
        answerWithin: durationSchema,
        extendableBy: durationSchema,
        linkValidHours: z.number().int().min(1).max(72),
      })
      .strict(),
  })
  .strict()
  .superRefine((map, ctx) => {
    const rules = new Set(map.retention.map((r) => r.id))
    const categories = new Set(map.dataCategories.map((c) => c.id))
    for (const category of map.dataCategories) {
      for (const rule of category.retention) {
        if (!rules.has(rule))
          ctx.addIssue({ code: "custom", message: `data category ${category.id} names unknown retention rule ${rule}` })
      }
    }
    for (const recipient of map.recipients) {
      for (const category of recipient.categories) {
        if (!categories.has(category))
          ctx.addIssue({
            code: "custom",
            message: `recipient ${recipient.id} receives unknown data category ${category}`,
          })
      }
    }
    const ids = [
      ...map.dataCategories.map((c) => c.id),
      ...map.retention.map((r) => `rule:${r.id}`),
      ...map.recipients.map((r) => `recipient:${r.id}`),
    ]
    const twice = ids.filter((id, i) => ids.indexOf(id) !== i)
    if (twice.length) ctx.addIssue({ code: "custom", message: `ids used twice: ${twice.join(", ")}` })
    const dates = map.policyVersions.map((v) => v.effective)
    if (dates.some((d, i) => i > 0 && d <= dates[i - 1]!))
      ctx.addIssue({ code: "custom", message: "policy versions must be in date order" })
    map.consentCategories.forEach((category, i) => {
      if (category.id !== CONSENT_CATEGORY_IDS[i])
        ctx.addIssue({ code: "custom", message: `consent category ${i} must be ${CONSENT_CATEGORY_IDS[i]}` })
      if (category.required !== (category.id === "necessary"))
        ctx.addIssue({ code: "custom", message: "only the necessary category is required" })
    })
  })
export type DataMap = z.infer<typeof dataMapSchema>
