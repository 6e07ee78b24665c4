import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { errorLabel } from "../../../../lib/error-label"
import { RetentionBusyError, startRetentionRun } from "../../../../workflows/retention/run-retention"

/**
 * POST /admin/retention/runs — starts a real run now, in the background (202 with its id; the run log
 * shows its progress). Refused with 409 and the running run's start while another run is in progress.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  const { started, finished } = await startRetentionRun(req.scope, { dryRun: false, trigger: "staff" })
  finished.catch((error: Error) => {
    if (!(error instanceof RetentionBusyError))
      logger.error(`retention run started by staff failed (${errorLabel(error)})`)
  })
  try {
    res.status(202).json({ run_id: await started })
  } catch (error) {
    if (!(error instanceof RetentionBusyError)) throw error
    res.status(409).json({ type: "conflict", message: error.message })
  }
}
