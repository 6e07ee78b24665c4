import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readBackendEnv } from "../lib/env"
import { errorLabel } from "../lib/error-label"
import { finishErasureWorkflow } from "../workflows/erasure/finish-erasure"
import { scanAwaitingErasuresWorkflow } from "../workflows/erasure/scan-awaiting-erasures"

/**
 * The night's residue check: the erasures that waited for it (a database too large to search per erasure) are
 * searched for in one pass, then each is finished by its own workflow — a receipt, or the request back on the desk —
 * so one failing mail does not stop the others. Returns the counts.
 */
export default async function checkErasuresJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result: checked } = await scanAwaitingErasuresWorkflow(container).run()
  const counts = { clean: 0, residue: 0, failed: 0 }
  for (const input of checked) {
    try {
      await finishErasureWorkflow(container).run({ input })
      counts[input.scan.passed ? "clean" : "residue"]++
    } catch (error) {
      counts.failed++
      logger.error(`erasure ${input.request_id}: finishing after the night's check failed (${errorLabel(error)})`)
    }
  }
  if (checked.length)
    logger.info(`erasure checks: ${counts.clean} clean, ${counts.residue} with residue, ${counts.failed} failed`)
  return counts
}

export const config = {
  name: "check-erasures",
  schedule: readBackendEnv(process.env, { building: true }).ERASURE_CHECK_SCHEDULE,
}
