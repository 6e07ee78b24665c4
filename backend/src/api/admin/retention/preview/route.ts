import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { RetentionBusyError, runRetention } from "../../../../workflows/retention/run-retention"

/**
 * POST /admin/retention/preview — a dry run: per rule, how many records the next run would delete or
 * anonymise and a few of their ids. Nothing changes but the run log. 409 while a run is in progress.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  try {
    res.json(await runRetention(req.scope, { dryRun: true, trigger: "staff" }))
  } catch (error) {
    if (!(error instanceof RetentionBusyError)) throw error
    res.status(409).json({ type: "conflict", message: error.message })
  }
}
