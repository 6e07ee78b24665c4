import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { receiptHtml, receiptSummary } from "../../lib/erasure/receipt"
import { formatMoment } from "../../lib/dates"
import { recordAuditEventStep } from "../audit/steps/record-audit-event"
import { sendMailStep } from "../mail/steps/send-mail"
import { collectErasureTargetStep } from "./steps/collect-erasure-target"
import { completeErasureStep } from "./steps/complete-erasure"
import { erasePersonalDataStep } from "./steps/erase-personal-data"
import { forgetMailAddressStep } from "./steps/forget-mail-address"
import { scanResidueStep } from "./steps/scan-residue"

export type EraseDataSubjectInput = { request_id: string; keep_auth_identity_row?: boolean }

/**
 * The erasure itself, for a customer or a guest: their personal data is deleted or anonymised in one
 * transaction, a residue scan checks the whole database, the request is closed with a receipt that is
 * mailed (with an HTML copy) to the person, and then even that mail's stored copy is deleted.
 */
export const eraseDataSubjectWorkflow = createWorkflow("erase-data-subject", (input: EraseDataSubjectInput) => {
  const collected = collectErasureTargetStep(input)
  const changed = erasePersonalDataStep(transform({ collected }, ({ collected }) => collected.target))
  const scan = scanResidueStep(transform({ collected }, ({ collected }) => ({ needles: collected.needles })))
  const receipt = completeErasureStep(
    transform({ collected, changed, scan }, ({ collected, changed, scan }) => ({ request_id: collected.request_id, subject: collected.subject, documents: collected.documents, changed, scan }))
  )
  recordAuditEventStep(
    transform({ collected }, ({ collected }) => ({ actor_type: "system" as const, actor_id: "erasure", action: "erasure", subject_type: "data_request" as const, subject_id: collected.request_id }))
  )
  sendMailStep(
    transform({ collected, receipt }, ({ collected, receipt }) => ({
      to: collected.target.email,
      template: "erasure-completed",
      locale: collected.locale,
      data: { erased_at: formatMoment(receipt.erased_at, collected.locale), summary: receiptSummary(receipt, collected.locale) },
      attachments: [{ filename: collected.locale === "nl" ? "ontvangstbewijs-verwijdering.html" : "erasure-receipt.html", content_type: "text/html", content: Buffer.from(receiptHtml(receipt, collected.locale)).toString("base64") }],
    }))
  )
  forgetMailAddressStep(transform({ collected }, ({ collected }) => ({ email: collected.target.email })))
  return new WorkflowResponse(receipt)
})
