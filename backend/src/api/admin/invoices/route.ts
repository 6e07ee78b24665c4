import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DOCUMENT_SUMMARY_FIELDS } from "../../invoice-documents"
import { INVOICING_MODULE } from "../../../modules/invoicing"
import type InvoicingModuleService from "../../../modules/invoicing/service"
import type { InvoiceListQuery } from "./validators"

/** GET /admin/invoices — invoices and credit notes, newest first, filtered by kind, number, order, country and date. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, InvoiceListQuery>, res: MedusaResponse) {
  const { kind, number, order_id, country_code, from, to, limit, offset } = req.validatedQuery
  const issued = {
    ...(from ? { $gte: new Date(`${from}T00:00:00Z`) } : {}),
    ...(to ? { $lt: new Date(new Date(`${to}T00:00:00Z`).getTime() + 24 * 60 * 60 * 1000) } : {}),
  }
  const filters = {
    ...(kind !== "all" ? { kind } : {}),
    ...(number ? { number: { $like: `${number}%` } } : {}),
    ...(order_id ? { order_id } : {}),
    ...(country_code ? { country_code } : {}),
    ...(from || to ? { issued_at: issued } : {}),
  }
  const invoicing = req.scope.resolve<InvoicingModuleService>(INVOICING_MODULE)
  const [invoices, count] = await invoicing.listAndCountInvoiceDocuments(filters, {
    select: [...DOCUMENT_SUMMARY_FIELDS, "order_id", "country_code", "created_at"],
    order: { issued_at: "DESC", number: "DESC" },
    take: limit,
    skip: offset,
  })
  res.json({ invoices, count, limit, offset })
}
