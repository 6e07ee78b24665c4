import { z } from "zod"
import { emailSchema } from "./contact"
import { PASSWORD_MAX_LENGTH } from "./password"

const locale = z.enum(["nl", "en"]).default("nl")

/** "Verwijder mijn account": the password once more, and an explicit yes. */
export const erasureRequestSchema = z
  .object({
    password: z.string().min(1, "enter your password").max(PASSWORD_MAX_LENGTH + 1),
    confirm: z.literal(true, "confirm that your account and data will be deleted"),
    locale,
  })
  .strict()
export type ErasureRequest = z.infer<typeof erasureRequestSchema>

export const GUEST_REQUEST_KINDS = ["export", "erasure", "correction"] as const

/**
 * A privacy request without an account: the order number and its e-mail address say which data; the
 * mailed link proves the requester holds that mailbox. A correction says what is wrong.
 */
export const guestRequestSchema = z
  .object({
    kind: z.enum(GUEST_REQUEST_KINDS, "choose what you want us to do"),
    email: emailSchema,
    order_number: z
      .string()
      .trim()
      .regex(/^#?\d{1,10}$/, "enter the order number from your confirmation, e.g. 1042")
      .transform((value) => Number(value.replace("#", ""))),
    details: z.string().trim().max(2000, "at most 2000 characters").optional().transform((value) => value || undefined),
    locale,
  })
  .strict()
  .refine((r) => r.kind !== "correction" || Boolean(r.details), { message: "say what we should correct", path: ["details"] })
export type GuestRequest = z.infer<typeof guestRequestSchema>
