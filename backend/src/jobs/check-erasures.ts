import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { readBackendEnv } from "../lib/env"
import { errorLabel } from "../lib/error-label"
import { finishErasureWorkflow, type FinishErasureInput } from "../workflows/erasure/finish-erasure"
import { scanAwaitingErasuresWorkflow } from "../workflows/erasure/scan-awaiting-erasures"

/**
 * The night's residue check: the erasures that waited for it (a database too large to search per erasure) are
 * searched for in one pass, then each is finished by its own workflow — a receipt, or the request back on the desk —
 * so one failing mail does not stop the others. Returns the counts.
 */
export default async function checkErasuresJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const counts = { clean: 0, residue: 0, failed: 0 }
  // One check at a time across processes (a manual run beside the scheduled one would finish a request twice).
  const running = container.resolve(Modules.LOCKING).execute(
    "check-erasures",
    async () => {
      let checked: FinishErasureInput[]
      try {
        checked = (await scanAwaitingErasuresWorkflow(container).run()).result
      } catch (error) {
        // The label only: a database error's message is its SQL with the bindings, here everyone's search terms.
        logger.error(`erasure checks: the night's scan failed (${errorLabel(error)}); they wait for the next run`)
        counts.failed++
        return
      }
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
    },
    { timeout: 1, expire: 6 * 60 * 60 },
  )
  try {
    await running
  } catch (error) {
    if (!MedusaError.isMedusaError(error) || error.type !== MedusaError.Types.CONFLICT) throw error
    logger.info("erasure checks: another check is running; this one leaves it to that")
  }
  return counts
}

export const config = {
  name: "check-erasures",
  schedule: readBackendEnv(process.env, { building: true }).ERASURE_CHECK_SCHEDULE,
}
