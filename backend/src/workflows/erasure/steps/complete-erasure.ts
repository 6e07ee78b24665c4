import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { now } from "../../../lib/clock"
import type { ErasureCounts } from "../../../personal-data/erase"
import {
  erasureReceipt,
  erasureRecipients,
  type ErasureReceipt,
  type KeptDocument,
} from "../../../personal-data/erasure-receipt"
import type { ResidueScan } from "../../../personal-data/residue-scan"
import { dataMap } from "../../../lib/data-map"
import { PRIVACY_REQUEST_MODULE } from "../../../modules/privacy-request"
import type PrivacyRequestModuleService from "../../../modules/privacy-request/service"

export type CompleteErasureInput = {
  request_id: string
  subject: "customer" | "guest"
  documents: KeptDocument[]
  changed: ErasureCounts
  scan: ResidueScan
  /** When the erasure ran, if before this step (an erasure checked at night): the receipt's date. */
  erased_at?: string
}

/**
 * Closes the request with its receipt (from here the request keeps no address) and opens one art. 19 notice per
 * recipient that received erased data. No compensation: it records an erasure that has already happened.
 */
export const completeErasureStep = createStep(
  "complete-erasure",
  async (input: CompleteErasureInput, { container }) => {
    const requests = container.resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
    const at = input.erased_at ? new Date(input.erased_at) : now()
    const recipients = erasureRecipients(dataMap)
    const receipt: ErasureReceipt = erasureReceipt(dataMap, { ...input, at, recipients })
    await requests.moveDataRequest(input.request_id, "recordErasure", {
      completed_at: at,
      email: null,
      details: null,
      token_hash: null,
      token_expires_at: null,
      receipt,
    })
    // Once: a night's check that failed after this step (its mail) finishes the request again the next night.
    const opened = await requests.listRecipientNotices({ request_id: input.request_id }, { select: ["id"], take: 1 })
    if (recipients.length && !opened.length) {
      await requests.createRecipientNotices(
        recipients.map((r) => ({ recipient_id: r.id, party: r.party, state: r.state, request_id: input.request_id })),
      )
    }
    return new StepResponse(receipt)
  },
)
