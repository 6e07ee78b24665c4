import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { receiptHtml, type ErasureReceipt } from "../../../../../personal-data/erasure-receipt"
import { PRIVACY_REQUEST_MODULE } from "../../../../../modules/privacy-request"
import type PrivacyRequestModuleService from "../../../../../modules/privacy-request/service"

/**
 * GET /admin/privacy-requests/:id/receipt — the erasure receipt as the person received it (HTML, for printing or a
 * letter).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const request = await req.scope
    .resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
    .retrieveDataRequest(req.params.id ?? "")
  if (!request.receipt) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This request has no receipt")
  res.setHeader("content-type", "text/html; charset=utf-8")
  res.setHeader("cache-control", "private, no-store")
  res.send(receiptHtml(request.receipt as ErasureReceipt, request.locale))
}
