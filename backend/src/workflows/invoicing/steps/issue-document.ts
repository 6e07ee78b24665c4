import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVOICING_MODULE } from "../../../modules/invoicing"
import type InvoicingModuleService from "../../../modules/invoicing/service"
import type { IssueDocumentInput } from "../../../modules/invoicing/service"

export type IssuedDocument = {
  id: string
  number: string
  kind: string
  total: number
  currency_code: string
  pdf_base64: string
}

/**
 * Issues an invoice or credit note with the next number of its year and returns it with its PDF.
 * No compensation on purpose: an issued number is never taken back (the sequence stays gapless and
 * the document is a legal fact); what fails after issuing is retried, the issue itself is idempotent.
 */
export const issueDocumentStep = createStep("issue-document", async (input: IssueDocumentInput, { container }) => {
  const invoicing = container.resolve<InvoicingModuleService>(INVOICING_MODULE)
  const document = await invoicing.issueDocument(input)
  const pdf = await invoicing.retrievePdf(document.id)
  return new StepResponse<IssuedDocument>({
    id: document.id,
    number: document.number,
    kind: document.kind,
    total: document.total,
    currency_code: document.currency_code,
    pdf_base64: pdf.toString("base64"),
  })
})
