import { model } from "@medusajs/framework/utils"

/**
 * An issued invoice or credit note. Its number is given in the same transaction that creates it, and
 * its content is a frozen snapshot: nothing regenerates an issued document; corrections are credit notes.
 */
const InvoiceDocument = model.define("invoice_document", {
  id: model.id({ prefix: "invdoc" }).primaryKey(),
  kind: model.enum(["invoice", "credit_note"]),
  /** As printed: 2026-000123 for invoices, C2026-000007 for credit notes. */
  number: model.text().unique(),
  year: model.number(),
  sequence: model.number(),
  order_id: model.text().index(),
  issued_at: model.dateTime(),
  /** For credit notes: the number of the invoice they correct. */
  corrects_number: model.text().nullable(),
  snapshot: model.json(),
})

export default InvoiceDocument
