import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendDocumentPdf } from "../../../../../lib/invoice-documents"

/** GET /admin/invoices/:id/pdf — the stored PDF of any invoice or credit note, as issued. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await sendDocumentPdf(req.scope, res, req.params.id ?? "", null)
}
