import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { sendDocumentPdf } from "../../../../invoice-documents"
import { INVOICING_MODULE } from "../../../../../modules/invoicing"
import type InvoicingModuleService from "../../../../../modules/invoicing/service"
import { recordAccessWorkflow } from "../../../../../workflows/audit/record-access"

/**
 * GET /admin/invoices/:id/pdf — the stored PDF of any invoice or credit note, as issued. It carries the
 * buyer's name and address: bookkeeping, privacy officer and owner only (the route's permission), and
 * each download is on the audit log before the file goes out.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const id = req.params.id ?? ""
  const [document] = await req.scope
    .resolve<InvoicingModuleService>(INVOICING_MODULE)
    .listInvoiceDocuments({ id }, { select: ["id", "order_id", "number"] })
  if (!document) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Invoice not found")
  await recordAccessWorkflow(req.scope).run({
    input: {
      actor_type: "user",
      actor_id: req.auth_context.actor_id,
      action: "invoice-download",
      subject_type: "order",
      subject_id: document.order_id,
      reason: document.number,
    },
  })
  await sendDocumentPdf(req.scope, res, id, null)
}
