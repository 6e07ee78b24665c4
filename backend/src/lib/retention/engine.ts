import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { retentionCutoff } from "@helder/privacy"
import { RETENTION_MODULE } from "../../modules/retention"
import type RetentionModuleService from "../../modules/retention/service"
import { now } from "../clock"
import { dataMap } from "../privacy"
import { PURGERS, type Purger } from "./purgers"

/** Rows handled per transaction: big enough for set-based speed, small enough to keep each transaction short. */
export const BATCH_SIZE = 1000
const SAMPLES = 5

export type RetentionOptions = { dryRun: boolean; trigger: "schedule" | "staff" | "cli"; batchSize?: number }
export type StepReport = { rule: string; category: string; action: string; cutoff: string; batches: number; rows: number; samples: string[] }

/** Applies one purger: batch after batch, each selected and changed in its own transaction, the cursor logged after each. */
async function runPurger(container: MedusaContainer, purger: Purger, stepId: string, cutoff: Date, options: RetentionOptions): Promise<StepReport> {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const log = container.resolve<RetentionModuleService>(RETENTION_MODULE)
  const limit = options.batchSize ?? BATCH_SIZE
  const report: StepReport = { rule: purger.rule, category: purger.category, action: purger.action, cutoff: cutoff.toISOString(), batches: 0, rows: 0, samples: [] }
  let cursor: string | null = null
  for (;;) {
    const after: string | null = cursor
    const ids: string[] = options.dryRun
      ? await purger.select(pg, cutoff, after, limit)
      : await pg.transaction(async (trx) => {
          const selected = await purger.select(trx, cutoff, after, limit)
          if (selected.length) report.rows += await purger.apply(trx, selected)
          return selected
        })
    if (!ids.length) break
    if (options.dryRun) report.rows += ids.length
    report.batches++
    if (report.samples.length < SAMPLES) report.samples.push(...ids.slice(0, SAMPLES - report.samples.length))
    cursor = ids[ids.length - 1]!
    await log.updateRetentionSteps({ id: stepId, batches: report.batches, rows: report.rows, cursor, samples: { ids: report.samples } })
    if (ids.length < limit) break
  }
  return report
}

/**
 * One run of the retention engine over every rule that has a purger: what has passed its term by the
 * shop's clock is deleted or anonymised (or, in a dry run, only counted with sample ids). The run and each
 * rule's batches, rows and cursor go to the run log.
 */
export async function runRetention(container: MedusaContainer, options: RetentionOptions) {
  const log = container.resolve<RetentionModuleService>(RETENTION_MODULE)
  const asOf = now()
  const run = await log.createRetentionRuns({ trigger: options.trigger, dry_run: options.dryRun, as_of: asOf, started_at: new Date() })
  const steps: StepReport[] = []
  try {
    for (const purger of PURGERS) {
      const rule = dataMap.retention.find((r) => r.id === purger.rule)
      if (!rule) throw new Error(`the data map has no retention rule ${purger.rule}`)
      const step = await log.createRetentionSteps({ run_id: run.id, rule: purger.rule, category: purger.category, action: purger.action })
      steps.push(await runPurger(container, purger, step.id, retentionCutoff(rule, asOf), options))
      await log.updateRetentionSteps({ id: step.id, finished_at: new Date() })
    }
    await log.updateRetentionRuns({ id: run.id, status: "completed", finished_at: new Date() })
    return { run_id: run.id, dry_run: options.dryRun, as_of: asOf.toISOString(), steps }
  } catch (error) {
    await log.updateRetentionRuns({ id: run.id, status: "failed", finished_at: new Date(), error: (error as Error).message })
    throw error
  }
}
