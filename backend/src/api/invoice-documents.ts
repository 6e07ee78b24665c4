import type { MedusaContainer } from "@medusajs/framework/types"
import type { MedusaResponse } from "@medusajs/framework/http"
import { INVOICING_MODULE } from "../modules/invoicing"
import type InvoicingModuleService from "../modules/invoicing/service"

/** What a shopper or staff list shows of an invoice or credit note. */
export type DocumentSummary = {
  id: string
  kind: "invoice" | "credit_note"
  number: string
  issued_at: Date
  corrects_number: string | null
  total: number
  currency_code: string
}

export const DOCUMENT_SUMMARY_FIELDS = [
  "id",
  "kind",
  "number",
  "issued_at",
  "corrects_number",
  "total",
  "currency_code",
] as const

/** An order's invoices and credit notes, oldest first. Callers first check who may see the order. */
export async function listOrderDocuments(scope: MedusaContainer, orderId: string): Promise<DocumentSummary[]> {
  const invoicing = scope.resolve<InvoicingModuleService>(INVOICING_MODULE)
  return invoicing.listInvoiceDocuments(
    { order_id: orderId },
    { select: [...DOCUMENT_SUMMARY_FIELDS], order: { issued_at: "ASC", number: "ASC" } },
  ) as Promise<DocumentSummary[]>
}

/**
 * Sends a document's stored PDF, byte for byte as issued. Answers 404 unless the document belongs to
 * `orderId` (null: staff may read any), so a document id alone opens nothing.
 */
export async function sendDocumentPdf(
  scope: MedusaContainer,
  res: MedusaResponse,
  documentId: string,
  orderId: string | null,
) {
  const invoicing = scope.resolve<InvoicingModuleService>(INVOICING_MODULE)
  const [document] = await invoicing.listInvoiceDocuments({ id: documentId, ...(orderId ? { order_id: orderId } : {}) })
  if (!document) {
    res.status(404).json({ type: "not_found", message: "Document not found" })
    return
  }
  const pdf = await invoicing.retrievePdf(document.id)
  res.setHeader("content-type", "application/pdf")
  res.setHeader(
    "content-disposition",
    `attachment; filename="${document.kind === "invoice" ? "factuur" : "creditnota"}-${document.number}.pdf"`,
  )
  res.setHeader("cache-control", "private, no-store")
  res.setHeader("x-content-sha256", document.pdf_sha256)
  res.send(pdf)
}
