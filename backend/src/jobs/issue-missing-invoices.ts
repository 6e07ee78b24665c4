import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { errorLabel } from "../lib/error-label"
import { now } from "../lib/clock"
import { INVOICING_MODULE } from "../modules/invoicing"
import type InvoicingModuleService from "../modules/invoicing/service"
import { issueInvoiceWorkflow } from "../workflows/invoicing/issue-invoice"

const LOOK_BACK_DAYS = 7

/**
 * The safety net under the order.placed subscriber: an order of the last week without an invoice (the
 * event was lost, or the order was created without one, e.g. by staff) gets it now. Issuing is idempotent.
 */
export default async function issueMissingInvoices(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const since = new Date(now().getTime() - LOOK_BACK_DAYS * 24 * 60 * 60 * 1000)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id"],
    filters: { created_at: { $gte: since }, status: { $nin: ["draft", "canceled"] }, is_draft_order: false },
  })
  const ids = orders.map((order) => order.id)
  const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
  const invoiced = new Set(
    (await invoicing.listInvoiceDocuments({ order_id: ids, kind: "invoice" }, { select: ["order_id"] })).map(
      (d) => d.order_id,
    ),
  )
  const missing = ids.filter((id) => !invoiced.has(id))
  let issued = 0
  for (const orderId of missing) {
    // One order that cannot be invoiced (e.g. lines that do not add up) must not keep the others waiting.
    await issueInvoiceWorkflow(container)
      .run({ input: { order_id: orderId } })
      .then(() => issued++)
      .catch((error: unknown) =>
        container.resolve("logger").error(`issue-missing-invoices: an order failed (${errorLabel(error)})`),
      )
  }
  if (missing.length)
    container.resolve("logger").info(`issue-missing-invoices: issued ${issued} of ${missing.length} invoice(s)`)
  return issued
}

export const config = { name: "issue-missing-invoices", schedule: "*/10 * * * *" }
