import type { MedusaContainer } from "@medusajs/framework/types"
import { errorLabel } from "../lib/error-label"
import { RetentionBusyError, runRetention } from "../workflows/retention/run-retention"
import { readBackendEnv } from "../lib/env"

/**
 * Nightly (RETENTION_SCHEDULE): the retention rules of the data map are applied; counts go to the run log,
 * never personal data. Each tick runs once however many workers fire it: the tick is the run's unique slot.
 */
export default async function runRetentionJob(container: MedusaContainer) {
  const logger = container.resolve("logger")
  const tick = new Date()
  tick.setUTCSeconds(0, 0)
  try {
    const report = await runRetention(container, {
      dryRun: false,
      trigger: "schedule",
      slot: `schedule:${tick.toISOString()}`,
    })
    if (report) logger.info(`retention: ${report.steps.map((s) => `${s.rule} ${s.action} ${s.rows}`).join(", ")}`)
  } catch (error) {
    // Only the error's code or class: its message can quote a statement with a person's address in it.
    if (error instanceof RetentionBusyError) logger.info(`retention: skipped this tick: ${error.message}`)
    else logger.error(`retention: the run failed (${errorLabel(error)})`)
  }
}

export const config = {
  name: "run-retention",
  schedule: readBackendEnv(process.env, { building: true }).RETENTION_SCHEDULE,
}
