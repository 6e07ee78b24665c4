import { z } from "zod"
import { emailSchema } from "./contact"

import { RETURN_REASONS } from "./return-reasons"

export { RETURN_REASONS, type ReturnReason } from "./return-reasons"

const orderLineId = z.string().regex(/^ordli_[0-9A-Z]{26}$/, "an order line id")

/** A return request: which lines, how many of each, and why. */
export const returnRequestSchema = z
  .object({
    items: z
      .array(
        z
          .object({
            id: orderLineId,
            quantity: z.coerce.number().int().min(1).max(1000),
            reason: z.enum(RETURN_REASONS),
          })
          .strict(),
      )
      .min(1, "choose at least one item")
      .max(100)
      .refine((items) => new Set(items.map((i) => i.id)).size === items.length, "each item once"),
    note: z.string().trim().max(1000).optional(),
    locale: z.enum(["nl", "en"]).default("nl"),
  })
  .strict()
export type ReturnRequestInput = z.infer<typeof returnRequestSchema>

/**
 * The art. 11a withdrawal statement: name, the order it concerns and an e-mail address for the
 * acknowledgement, confirmed in a second step. Without items, it covers every item not yet sent back.
 */
export const withdrawalSchema = z
  .object({
    name: z.string().trim().min(2).max(200),
    email: emailSchema,
    order_reference: z.string().trim().min(1).max(50),
    items: z
      .array(z.object({ id: orderLineId, quantity: z.coerce.number().int().min(1).max(1000) }).strict())
      .max(100)
      .optional(),
    confirm: z.literal(true, "confirm the withdrawal"),
    locale: z.enum(["nl", "en"]).default("nl"),
  })
  .strict()
export type WithdrawalInput = z.infer<typeof withdrawalSchema>

/** An order number as the confirmation shows it ("1042" or "#1042"). */
export const orderNumberSchema = z
  .string()
  .trim()
  .regex(/^#?\d{1,10}$/, "enter the order number from your confirmation, e.g. 1042")
  .transform((value) => Number(value.replace("#", "")))

/**
 * The public withdrawal function (art. 11a of Directive 2011/83): name, order number and e-mail address.
 * The confirmation link goes to the order's own address, so nobody withdraws someone else's order.
 */
export const withdrawalLinkRequestSchema = z
  .object({
    name: z.string().trim().min(2, "enter your name").max(200),
    email: emailSchema,
    order_number: orderNumberSchema,
    locale: z.enum(["nl", "en"]).default("nl"),
  })
  .strict()
export type WithdrawalLinkRequest = z.infer<typeof withdrawalLinkRequestSchema>
