import { model } from "@medusajs/framework/utils"
import InvoicePdf from "./invoice-pdf"

/**
 * An issued invoice or credit note. Its number is given in the same transaction that creates it, and
 * its content is a frozen snapshot: nothing regenerates an issued document; corrections are credit notes.
 * A database trigger refuses any change to the number, snapshot or PDF hash once written.
 */
const InvoiceDocument = model
  .define("invoice_document", {
    id: model.id({ prefix: "invdoc" }).primaryKey(),
    kind: model.enum(["invoice", "credit_note"]),
    /** As printed: 2026-000123 for invoices, C2026-000007 for credit notes. */
    number: model.text().unique(),
    year: model.number(),
    sequence: model.number(),
    order_id: model.text().index(),
    /** What the document was issued for, once: `order:<id>` for an invoice, `refund:<id>` for a credit note. */
    source_key: model.text().unique(),
    issued_at: model.dateTime(),
    /** For credit notes: the number of the invoice they correct. */
    corrects_number: model.text().nullable(),
    /** The country of the sale (nl/be): it decides the legal retention term. */
    country_code: model.text(),
    currency_code: model.text(),
    /** Total including VAT in cents; negative for credit notes. Kept beside the snapshot for lists and filters. */
    total: model.number(),
    snapshot: model.json(),
    /** SHA-256 (hex) of the PDF as rendered at issue time. */
    pdf_sha256: model.text(),
    pdf: model.hasOne(() => InvoicePdf, { mappedBy: "document" }),
  })
  .cascades({ delete: ["pdf"] })

export default InvoiceDocument
