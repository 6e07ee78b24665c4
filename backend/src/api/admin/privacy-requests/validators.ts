import { z } from "@medusajs/framework/zod"
import { emailSchema } from "@helder/schemas"

const KINDS = ["export", "erasure", "correction", "restriction", "objection"] as const
const reason = z.string().trim().min(5, "give a reason (at least 5 characters)").max(1000)

/** Query of the privacy desk's list. */
export const requestListQuerySchema = z
  .object({
    status: z
      .enum([
        "open",
        "all",
        "awaiting_verification",
        "received",
        "scheduled",
        "deferred",
        "completed",
        "rejected",
        "cancelled",
      ])
      .default("open"),
    kind: z.enum(KINDS).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()
export type RequestListQuery = z.infer<typeof requestListQuerySchema>

/** A request staff log from a letter, phone call or e-mail. */
export const logRequestSchema = z
  .object({
    kind: z.enum(KINDS, "the kind: export, erasure, correction, restriction or objection"),
    email: emailSchema,
    received_on: z.iso.date("the date it arrived, as YYYY-MM-DD"),
    details: z.string().trim().max(2000).optional(),
    locale: z.enum(["nl", "en"]).default("nl"),
  })
  .strict()
export type LogRequest = z.infer<typeof logRequestSchema>

/** A desk action on one request. */
export const deskActionSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("extend"), months: z.number().int().min(1).max(2), reason }).strict(),
  z
    .object({
      action: z.literal("verify_identity"),
      method: z.string().trim().min(3, "say how the identity was checked").max(200),
    })
    .strict(),
  z.object({ action: z.literal("reject"), reason }).strict(),
  z.object({ action: z.literal("complete"), note: z.string().trim().max(1000).optional() }).strict(),
  // Mailed to the requester before the restriction ends (art. 18(3) GDPR).
  z.object({ action: z.literal("lift"), reason }).strict(),
])

/** Why staff export a person's data (kept on the audit log). */
export const staffExportSchema = z.object({ reason }).strict()

/** An art. 19 notice's outcome. */
export const noticeUpdateSchema = z
  .object({ state: z.enum(["notified", "not_needed"]), note: z.string().trim().max(1000).optional() })
  .strict()

/** Showing masked personal data: what and why. */
export const revealSchema = z
  .object({
    subject_type: z.enum(["customer", "order"]),
    subject_id: z.string().regex(/^(cus|order)_[0-9A-Z]{26}$/, "a customer or order id"),
    reason,
  })
  .strict()

/** Query of the audit log. */
export const auditListQuerySchema = z
  .object({
    subject_id: z.string().max(100).optional(),
    actor_id: z.string().max(100).optional(),
    action: z.string().max(50).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()
export type AuditListQuery = z.infer<typeof auditListQuerySchema>
