import type { MedusaContainer } from "@medusajs/framework/types"
import { runRetention } from "../lib/retention/engine"

/** Nightly: the retention rules of the data map are applied; counts go to the run log, never personal data. */
export default async function runRetentionJob(container: MedusaContainer) {
  const { steps } = await runRetention(container, { dryRun: false, trigger: "schedule" })
  container.resolve("logger").info(`retention: ${steps.map((s) => `${s.rule} ${s.rows}`).join(", ")}`)
}

export const config = { name: "run-retention", schedule: "30 3 * * *" }
