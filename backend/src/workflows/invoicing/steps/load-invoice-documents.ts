import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICING_MODULE } from "../../../modules/invoicing"
import type InvoicingModuleService from "../../../modules/invoicing/service"
import { documentSnapshotSchema } from "../../../modules/invoicing/snapshot"

/** An order's issued invoice and credit notes with their snapshots, oldest first (read only). */
export const loadInvoiceDocumentsStep = createStep(
  "load-invoice-documents",
  async (input: { order_id: string }, { container }) => {
    const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
    const documents = await invoicing.listInvoiceDocuments(
      { order_id: input.order_id },
      { select: ["id", "kind", "number", "source_key", "snapshot", "issued_at"], order: { issued_at: "ASC" } },
    )
    return new StepResponse(
      documents.map((d) => ({
        id: d.id,
        kind: d.kind,
        number: d.number,
        source_key: d.source_key,
        snapshot: documentSnapshotSchema.parse(d.snapshot),
      })),
    )
  },
)
