import { z } from "zod"
import { emailSchema } from "./contact"

/** The contact form: who, how to answer, optionally which order, and the message. */
export const contactMessageSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    email: emailSchema,
    order_number: z
      .string()
      .trim()
      .max(30)
      .regex(/^#?[0-9A-Za-z-]*$/, "invalid order number")
      .optional()
      .transform((value) => value || undefined),
    message: z.string().trim().min(10).max(5000),
    locale: z.enum(["nl", "en"]).default("nl"),
  })
  .strict()
export type ContactMessageInput = z.infer<typeof contactMessageSchema>
