import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendDocumentPdf } from "../../../../invoice-documents"
import { linkedOrderId } from "../../../../../lib/order-link"

/** GET /store/order-link/invoices/:document_id — a document of the linked order as PDF. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  await sendDocumentPdf(req.scope, res, req.params.document_id ?? "", linkedOrderId(req))
}
