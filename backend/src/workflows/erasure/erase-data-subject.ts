import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { now } from "../../lib/clock"
import { collectErasureTargetStep } from "./steps/collect-erasure-target"
import { erasePersonalDataStep } from "./steps/erase-personal-data"
import { evictCachedPersonAfterStep, evictCachedPersonStep } from "./steps/evict-cached-person"
import { awaitResidueCheckStep } from "./steps/await-residue-check"
import { planResidueScanStep } from "./steps/plan-residue-scan"
import { scanResidueStep } from "./steps/scan-residue"
import { finishErasureWorkflow } from "./finish-erasure"

export type EraseDataSubjectInput = { request_id: string; keep_auth_identity_row?: boolean }

/**
 * The erasure itself, for a customer or a guest: their personal data is deleted or anonymised in one
 * transaction, then a residue scan searches the whole database for them and finishes the erasure
 * (finishErasureWorkflow: the receipt, or the request back on the desk). In a database too large to search
 * at once (RESIDUE_SCAN_INLINE_ROWS) the scan waits for the night's check, which searches once for everyone
 * erased that day (checkErasuresJob); the request keeps the address and what the scan looks for until then.
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
  const plan = planResidueScanStep()

  when("scan-now", { plan }, ({ plan }) => plan.now).then(() => {
    const scan = scanResidueStep(
      transform({ collected }, ({ collected }) => ({
        tokens: collected.tokens,
        request_id: collected.request_id,
        order_ids: collected.target.order_ids,
      })),
    )
    finishErasureWorkflow.runAsStep({
      input: transform({ collected, changed, scan }, ({ collected, changed, scan }) => ({
        request_id: collected.request_id,
        subject: collected.subject,
        documents: collected.documents,
        changed,
        scan,
        tokens: collected.tokens,
        email: collected.target.email,
        locale: collected.locale,
      })),
    })
  })

  when("scan-tonight", { plan }, ({ plan }) => !plan.now).then(() => {
    awaitResidueCheckStep(
      transform({ collected, changed }, ({ collected, changed }) => ({
        request_id: collected.request_id,
        check: {
          subject: collected.subject,
          documents: collected.documents,
          changed,
          email: collected.target.email,
          locale: collected.locale,
          tokens: collected.tokens,
          order_ids: collected.target.order_ids,
          erased_at: now().toISOString(),
        },
      })),
    )
  })

  return new WorkflowResponse(transform({ plan }, ({ plan }) => ({ scanned: plan.now ? "now" : "tonight" })))
})
