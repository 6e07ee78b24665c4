import { model } from "@medusajs/framework/utils"
import InvoiceDocument from "./invoice-document"

/**
 * The PDF of an issued document, rendered once. It lives in the database, not in a file folder a file
 * provider might serve publicly: the only way out is a route that checks who is asking.
 */
const InvoicePdf = model.define("invoice_pdf", {
  id: model.id({ prefix: "invpdf" }).primaryKey(),
  /** The PDF's bytes, base64-encoded. */
  content: model.text(),
  byte_size: model.number(),
  document: model.belongsTo(() => InvoiceDocument, { mappedBy: "pdf" }),
})

export default InvoicePdf
