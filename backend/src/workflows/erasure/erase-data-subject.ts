import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { receiptHtml, receiptSummary } from "../../personal-data/erasure-receipt"
import { readBackendEnv } from "../../lib/env"
import { recordAuditEventStep } from "../audit/steps/record-audit-event"
import { sendMailStep } from "../mail/steps/send-mail"
import { collectErasureTargetStep } from "./steps/collect-erasure-target"
import { completeErasureStep } from "./steps/complete-erasure"
import { erasePersonalDataStep } from "./steps/erase-personal-data"
import { evictCachedPersonAfterStep, evictCachedPersonStep } from "./steps/evict-cached-person"
import { forgetMailAddressStep } from "./steps/forget-mail-address"
import { holdErasureForResidueStep, residueSummary } from "./steps/hold-erasure-for-residue"
import { scanResidueStep } from "./steps/scan-residue"
import { formatMoment } from "@helder/contract"

export type EraseDataSubjectInput = { request_id: string; keep_auth_identity_row?: boolean }

/**
 * The erasure itself, for a customer or a guest: their personal data is deleted or anonymised in one
 * transaction and a residue scan checks the whole database. Only a clean scan closes the request with
 * a receipt that is mailed (with an HTML copy) to the person, after which even that mail's stored copy
 * is deleted. A scan that still finds the person leaves the request open on the privacy desk and
 * alerts staff.
 */
export const eraseDataSubjectWorkflow = createWorkflow("erase-data-subject", (input: EraseDataSubjectInput) => {
  const collected = collectErasureTargetStep(input)
  // Medusa's query cache forgets the person before the erasure and again after it (steps/evict-cached-person).
  const cached = evictCachedPersonStep(
    transform({ collected }, ({ collected: { target } }) => ({
      customer_ids: target.customer_id ? [target.customer_id] : [],
      emails: [...target.emails, ...target.earlier_emails.map((e) => e.email)],
      order_ids: target.order_ids,
    })),
  )
  const changed = erasePersonalDataStep(transform({ collected }, ({ collected }) => collected.target))
  evictCachedPersonAfterStep(
    transform({ collected, cached }, ({ collected, cached }) => ({
      customer_ids: cached.customer_ids,
      emails: [],
      order_ids: collected.target.order_ids,
    })),
  )
  const scan = scanResidueStep(
    transform({ collected }, ({ collected }) => ({
      tokens: collected.tokens,
      request_id: collected.request_id,
      order_ids: collected.target.order_ids,
    })),
  )

  const receipt = when("clean", { scan }, ({ scan }) => scan.passed).then(() => {
    const done = completeErasureStep(
      transform({ collected, changed, scan }, ({ collected, changed, scan }) => ({
        request_id: collected.request_id,
        subject: collected.subject,
        documents: collected.documents,
        changed,
        scan,
      })),
    )
    recordAuditEventStep(
      transform({ collected }, ({ collected }) => ({
        actor_type: "system" as const,
        actor_id: "erasure",
        action: "erasure",
        subject_type: "data_request" as const,
        subject_id: collected.request_id,
      })),
    ).config({ name: "audit-erasure" })
    sendMailStep(
      transform({ collected, done }, ({ collected, done }) => ({
        to: collected.target.email,
        template: "erasure-completed",
        locale: collected.locale,
        data: {
          erased_at: formatMoment(done.erased_at, collected.locale),
          summary: receiptSummary(done, collected.locale),
        },
        attachments: [
          {
            filename: collected.locale === "nl" ? "ontvangstbewijs-verwijdering.html" : "erasure-receipt.html",
            content_type: "text/html",
            content: Buffer.from(receiptHtml(done, collected.locale)).toString("base64"),
          },
        ],
      })),
    ).config({ name: "mail-receipt" })
    forgetMailAddressStep(transform({ collected }, ({ collected }) => ({ email: collected.target.email })))
    return done
  })

  when("residue", { scan }, ({ scan }) => !scan.passed).then(() => {
    const reason = holdErasureForResidueStep(
      transform({ collected, scan }, ({ collected, scan }) => ({ request_id: collected.request_id, scan })),
    )
    recordAuditEventStep(
      transform({ collected, reason }, ({ collected, reason }) => ({
        actor_type: "system" as const,
        actor_id: "erasure",
        action: "erasure-residue",
        subject_type: "data_request" as const,
        subject_id: collected.request_id,
        reason,
      })),
    ).config({ name: "audit-residue" })
    sendMailStep(
      transform({ collected, scan }, ({ collected, scan }) => ({
        to: readBackendEnv().SELLER_EMAIL,
        template: "erasure-residue",
        locale: "nl" as const,
        data: { request_id: collected.request_id, hits: residueSummary(scan) },
      })),
    ).config({ name: "mail-residue-alert" })
  })

  return new WorkflowResponse({ receipt, scan })
})
