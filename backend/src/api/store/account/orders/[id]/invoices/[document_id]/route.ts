import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { sendDocumentPdf } from "../../../../../../invoice-documents"
import { customerOrderId } from "../../../../../order-view"

/**
 * GET /store/account/orders/:id/invoices/:document_id — the PDF of an invoice or credit note of the customer's order.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const orderId = await customerOrderId(req.scope, req.auth_context.actor_id, req.params.id ?? "")
  if (!orderId) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Order not found")
  await sendDocumentPdf(req.scope, res, req.params.document_id ?? "", orderId)
}
