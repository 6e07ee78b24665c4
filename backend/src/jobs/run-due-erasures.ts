import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { now } from "../lib/clock"
import { errorLabel } from "../lib/error-label"
import { PRIVACY_REQUEST_MODULE } from "../modules/privacy-request"
import type PrivacyRequestModuleService from "../modules/privacy-request/service"
import { processErasureWorkflow } from "../workflows/erasure/process-erasure"

/**
 * Erasures run (or wait for open orders) once their undo window has passed: one workflow per due request, so one
 * failing erasure does not stop the others. Returns the counts.
 */
export default async function runDueErasuresJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const at = now()
  const due = await container.resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE).listDueErasures(at)
  const counts = { erased: 0, deferred: 0, failed: 0 }
  for (const request of due) {
    try {
      const { result } = await processErasureWorkflow(container).run({ input: { request, at: at.toISOString() } })
      counts[result]++
    } catch (error) {
      counts.failed++
      logger.error(`erasure ${request.id} failed (${errorLabel(error)})`)
    }
  }
  if (due.length) logger.info(`erasures: ${counts.erased} erased, ${counts.deferred} deferred, ${counts.failed} failed`)
  return counts
}

export const config = { name: "run-due-erasures", schedule: "*/5 * * * *" }
