import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { Locale } from "@helder/contract"
import { formatMoment } from "@helder/contract"
import { readBackendEnv } from "../../lib/env"
import type { ErasureCounts } from "../../personal-data/erase"
import { receiptHtml, receiptSummary, type KeptDocument } from "../../personal-data/erasure-receipt"
import type { PersonTokens, ResidueScan } from "../../personal-data/residue-scan"
import { recordAuditEventStep } from "../audit/steps/record-audit-event"
import { sendMailStep } from "../mail/steps/send-mail"
import { closeResidueCheckStep } from "./steps/close-residue-check"
import { completeErasureStep } from "./steps/complete-erasure"
import { forgetMailAddressStep } from "./steps/forget-mail-address"
import { holdErasureForResidueStep, residueSummary } from "./steps/hold-erasure-for-residue"

export type FinishErasureInput = {
  request_id: string
  subject: "customer" | "guest"
  documents: KeptDocument[]
  changed: ErasureCounts
  scan: ResidueScan
  /** What the scan looked for: kept on a request held for residue, for the run staff start again. */
  tokens: PersonTokens
  /** When the erasure ran, for an erasure checked at night (else now). */
  erased_at?: string
  /** Where the receipt goes; deleted from the mail log after it. */
  email: string
  locale: Locale
}

/**
 * An erasure's end, by its residue scan: a clean scan closes the request with a receipt that is mailed (with an
 * HTML copy) to the person, after which even that mail's stored copy is deleted. A scan that still finds the person
 * leaves the request open on the privacy desk and alerts staff. Run by the erasure when it scans at once, and by the
 * night's check for the erasures that waited for it.
 */
export const finishErasureWorkflow = createWorkflow("finish-erasure", (input: FinishErasureInput) => {
  const receipt = when("clean", { input }, ({ input }) => input.scan.passed).then(() => {
    const done = completeErasureStep(input)
    recordAuditEventStep(
      transform({ input }, ({ input }) => ({
        actor_type: "system" as const,
        actor_id: "erasure",
        action: "erasure",
        subject_type: "data_request" as const,
        subject_id: input.request_id,
      })),
    ).config({ name: "audit-erasure" })
    sendMailStep(
      transform({ input, done }, ({ input, done }) => ({
        to: input.email,
        template: "erasure-completed",
        locale: input.locale,
        data: {
          erased_at: formatMoment(done.erased_at, input.locale),
          summary: receiptSummary(done, input.locale),
        },
        attachments: [
          {
            filename: input.locale === "nl" ? "ontvangstbewijs-verwijdering.html" : "erasure-receipt.html",
            content_type: "text/html",
            content: Buffer.from(receiptHtml(done, input.locale)).toString("base64"),
          },
        ],
        // Finished again after a failure, the receipt is mailed once.
        idempotency_key: `erasure-receipt-${input.request_id}`,
      })),
    ).config({ name: "mail-receipt" })
    forgetMailAddressStep(transform({ input }, ({ input }) => ({ email: input.email })))
    closeResidueCheckStep(transform({ input }, ({ input }) => ({ request_id: input.request_id })))
    return done
  })

  when("residue", { input }, ({ input }) => !input.scan.passed).then(() => {
    const reason = holdErasureForResidueStep(
      transform({ input }, ({ input }) => ({ request_id: input.request_id, scan: input.scan, tokens: input.tokens })),
    )
    recordAuditEventStep(
      transform({ input, reason }, ({ input, reason }) => ({
        actor_type: "system" as const,
        actor_id: "erasure",
        action: "erasure-residue",
        subject_type: "data_request" as const,
        subject_id: input.request_id,
        reason,
      })),
    ).config({ name: "audit-residue" })
    sendMailStep(
      transform({ input }, ({ input }) => ({
        to: readBackendEnv().SELLER_EMAIL,
        template: "erasure-residue",
        locale: "nl" as const,
        data: { request_id: input.request_id, hits: residueSummary(input.scan) },
      })),
    ).config({ name: "mail-residue-alert" })
  })

  return new WorkflowResponse({ receipt, scan: input.scan })
})
