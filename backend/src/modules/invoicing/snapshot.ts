import { z } from "@medusajs/framework/zod"
import { sellerSchema } from "./seller"

const cents = z.number().int()

/** The seller's shape lives with its configuration (seller.ts); documents freeze it into each snapshot. */
export { sellerSchema, type Seller } from "./seller"

/** One printed line: amounts in cents, negative on credit notes. */
export const documentLineSchema = z.object({
  /** The order line it bills (null for a correction that is not one line). */
  item_id: z.string().nullable(),
  description: z.string(),
  quantity: z.number().int().positive(),
  unit_price_excl: cents,
  vat_rate: z.number().min(0).max(100),
  net: cents,
  vat: cents,
  gross: cents,
})
export type DocumentLine = z.infer<typeof documentLineSchema>

export const vatRowSchema = z.object({ rate: z.number(), net: cents, vat: cents, gross: cents })
export type VatRow = z.infer<typeof vatRowSchema>

/**
 * Everything an invoice or credit note says, frozen when it is issued. Rendering the PDF needs nothing
 * else, so a later change to the order, the customer or the seller's settings cannot reach it.
 */
export const documentSnapshotSchema = z.object({
  version: z.literal(1),
  locale: z.enum(["nl", "en"]),
  seller: sellerSchema,
  buyer: z.object({
    name: z.string(),
    company: z.string().nullable(),
    address_lines: z.array(z.string()),
    country_code: z.string().length(2),
    email: z.string(),
    vat_number: z.string().nullable(),
  }),
  order: z.object({ id: z.string(), display_id: z.number().int(), placed_at: z.string() }),
  invoice_date: z.string(),
  supply_date: z.string(),
  currency_code: z.string().length(3),
  lines: z.array(documentLineSchema).min(1),
  vat: z.array(vatRowSchema).min(1),
  totals: z.object({ net: cents, vat: cents, gross: cents }),
  payment: z.object({ method: z.string(), status: z.string() }),
  /** For a credit note: the invoice it corrects and why. */
  corrects: z.object({ number: z.string(), invoice_date: z.string(), reason: z.string() }).nullable(),
})
export type DocumentSnapshot = z.infer<typeof documentSnapshotSchema>
