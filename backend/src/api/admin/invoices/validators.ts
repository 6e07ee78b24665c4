import { z } from "@medusajs/framework/zod"
import { ORDER_ID_PATTERN } from "@helder/schemas"

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD")

/** Query of the staff list of invoices and credit notes. */
export const invoiceListQuerySchema = z
  .object({
    kind: z.enum(["invoice", "credit_note", "all"]).default("all"),
    /** A document number or the start of one (2026-0001…, C2026-…). */
    number: z
      .string()
      .regex(/^C?\d{1,4}(-\d{0,6})?$/, "a document number such as 2026-000123")
      .optional(),
    order_id: z.string().regex(ORDER_ID_PATTERN, "an order id").optional(),
    country_code: z.enum(["nl", "be"]).optional(),
    from: day.optional(),
    to: day.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()
export type InvoiceListQuery = z.infer<typeof invoiceListQuerySchema>
