import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { readBackendEnv } from "../../../lib/env"
import { residueScanRows } from "../../../personal-data/residue-scan"

/**
 * Whether the erasure's residue scan runs at once or with the night's check: PostgreSQL's estimate of the rows it
 * would read against RESIDUE_SCAN_INLINE_ROWS. A scan reads every row of every inventoried table (440 s at a million
 * orders, BENCHMARKS.md); the night's check reads them once for everyone erased that day. Read-only.
 */
export const planResidueScanStep = createStep("plan-residue-scan", async (_: void, { container }) => {
  const rows = await residueScanRows(container.resolve(ContainerRegistrationKeys.PG_CONNECTION))
  return new StepResponse({ rows, now: rows <= readBackendEnv().RESIDUE_SCAN_INLINE_ROWS })
})
