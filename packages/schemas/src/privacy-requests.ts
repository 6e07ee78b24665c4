import { z } from "zod"
import { emailSchema } from "./contact"
import { PASSWORD_MAX_LENGTH } from "./password"
import { ACCOUNT_REQUEST_KINDS, GUEST_REQUEST_KINDS } from "./request-kinds"
import { orderNumberSchema } from "./returns"

const locale = z.enum(["nl", "en"]).default("nl")

/** "Verwijder mijn account": the password once more, and an explicit yes. */
export const erasureRequestSchema = z
  .object({
    password: z
      .string()
      .min(1, "enter your password")
      .max(PASSWORD_MAX_LENGTH + 1),
    confirm: z.literal(true, "confirm that your account and data will be deleted"),
    locale,
  })
  .strict()
export type ErasureRequest = z.infer<typeof erasureRequestSchema>

export { ACCOUNT_REQUEST_KINDS, GUEST_REQUEST_KINDS } from "./request-kinds"

/**
 * A privacy request without an account: the order number and its e-mail address say which data; the
 * mailed link proves the requester holds that mailbox. A correction says what is wrong.
 */
export const guestRequestSchema = z
  .object({
    kind: z.enum(GUEST_REQUEST_KINDS, "choose what you want us to do"),
    email: emailSchema,
    order_number: orderNumberSchema,
    details: z
      .string()
      .trim()
      .max(2000, "at most 2000 characters")
      .optional()
      .transform((value) => value || undefined),
    locale,
  })
  .strict()
  .refine((r) => r.kind !== "correction" || Boolean(r.details), {
    message: "say what we should correct",
    path: ["details"],
  })
export type GuestRequest = z.infer<typeof guestRequestSchema>

/**
 * A logged-in customer's request for the desk: the session proves who asks. A correction says what is
 * wrong; a restriction (art. 18) or objection (art. 21) may say why.
 */
export const accountRequestSchema = z
  .object({
    kind: z.enum(ACCOUNT_REQUEST_KINDS, "choose correction, restriction or objection"),
    details: z
      .string()
      .trim()
      .max(2000, "at most 2000 characters")
      .optional()
      .transform((value) => value || undefined),
    locale,
  })
  .strict()
  .refine((r) => r.kind !== "correction" || Boolean(r.details), {
    message: "say what we should correct",
    path: ["details"],
  })
export type AccountRequest = z.infer<typeof accountRequestSchema>

/** A request as the account page shows it (GET /store/account/privacy-requests[/:id]). */
export type AccountPrivacyRequest = {
  id: string
  kind: "export" | "erasure" | "correction" | "restriction" | "objection"
  status: "awaiting_verification" | "received" | "scheduled" | "deferred" | "completed" | "rejected" | "cancelled"
  received_at: string
  due_at: string
  completed_at: string | null
  /** A restriction's end, once lifted; null while it is in force. */
  lifted_at: string | null
  rejected_reason: string | null
}
