import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PersonTokens, ResidueScan } from "../../../personal-data/residue-scan"
import { PRIVACY_REQUEST_MODULE } from "../../../modules/privacy-request"
import type PrivacyRequestModuleService from "../../../modules/privacy-request/service"

/** Where the scan still found the person, as `table.column (rows)`: names of places, never the data. */
export function residueSummary(scan: ResidueScan): string {
  return scan.hits
    .filter((hit) => !hit.legal_hold)
    .map((hit) => `${hit.table}.${hit.column} (${hit.rows})`)
    .join(", ")
}

/**
 * An erasure whose residue scan is not clean is not done: the request goes back on the privacy desk,
 * deferred with the places the scan found and without a date, so it waits for staff instead of being
 * retried blindly. It keeps its address, which staff need to run it again, and what the scan looked for. No
 * compensation: it records what the scan found.
 */
export const holdErasureForResidueStep = createStep(
  "hold-erasure-for-residue",
  async (
    { request_id, scan, tokens }: { request_id: string; scan: ResidueScan; tokens: PersonTokens },
    { container },
  ) => {
    const requests = container.resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
    const reason = `residue after erasure: ${residueSummary(scan)}`
    await requests.moveDataRequest(request_id, "holdForResidue", {
      completed_at: null,
      scheduled_for: null,
      deferred_reason: reason,
      // By the time staff run it again the data is scrubbed: the run looks for what this check looked for (a
      // night's check keeps the rest of what it stored beside it: Medusa merges a JSON column's update).
      residue_check: { tokens },
    })
    return new StepResponse(reason)
  },
)
