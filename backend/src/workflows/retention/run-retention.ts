import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { errorLabel } from "../../lib/error-label"
import { now } from "../../lib/clock"
import { RETENTION_MODULE } from "../../modules/retention"
import type RetentionModuleService from "../../modules/retention/service"
import { applyRetentionRuleWorkflow } from "./apply-retention-rule"
import { eraseInactiveAccounts, mailInactivityWarnings } from "./inactive-accounts"
import { RetentionBusyError, withRunLock } from "./retention-run-lock"
import { RETENTION_TASKS, ruleOf, type AppliedTask } from "./retention-tasks"
import type { StepReport } from "./retention-walk"

export { RetentionBusyError, RUN_LOCK_KEY } from "./retention-run-lock"
export type { StepReport } from "./retention-walk"

export type RetentionOptions = {
  dryRun: boolean
  trigger: "schedule" | "staff" | "cli"
  batchSize?: number
  /** A scheduled run's tick: a second worker firing the same tick finds it taken and runs nothing. */
  slot?: string
}
export type RunReport = { run_id: string; dry_run: boolean; as_of: string; steps: StepReport[] }

/**
 * What an inactive-account phase leaves to the run, outside its step because each is a workflow of its own: the
 * warnings' mails, the erasures. The erasures' count and end are written to the phase's row in the run log.
 */
async function followUp(container: MedusaContainer, task: AppliedTask, action: string, asOf: Date, dryRun: boolean) {
  if (dryRun) return
  if (action === "warn") await mailInactivityWarnings(container, asOf, ruleOf(task.report.rule))
  if (!task.to_erase.length) return
  const log = container.resolve<RetentionModuleService>(RETENTION_MODULE)
  try {
    task.report.rows += await eraseInactiveAccounts(container, task.to_erase, asOf)
  } catch (error) {
    await log.updateRetentionSteps({ id: task.step_id, rows: task.report.rows, errors: 1, finished_at: new Date() })
    throw error
  }
  await log.updateRetentionSteps({ id: task.step_id, rows: task.report.rows, finished_at: new Date() })
}

/**
 * The whole run: every rule's workflow in turn, each step logged. A rule that fails is noted (its step
 * counts the error) and the others still run, so one broken rule cannot hold back every other term.
 */
async function execute(
  container: MedusaContainer,
  runId: string,
  asOf: Date,
  options: RetentionOptions,
): Promise<RunReport> {
  const log = container.resolve<RetentionModuleService>(RETENTION_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const steps: StepReport[] = []
  const failures: string[] = []
  for (const task of RETENTION_TASKS) {
    try {
      const { result } = await applyRetentionRuleWorkflow(container).run({
        input: {
          run_id: runId,
          rule: task.rule,
          action: task.action,
          as_of: asOf.toISOString(),
          dry_run: options.dryRun,
          batch_size: options.batchSize,
        },
      })
      await followUp(container, result, task.action, asOf, options.dryRun)
      steps.push(result.report)
    } catch (error) {
      failures.push(`${task.rule} ${task.action}: ${errorLabel(error)}`)
      logger.error(`retention run ${runId}: ${task.rule} ${task.action} failed (${errorLabel(error)})`)
    }
  }
  await log.updateRetentionRuns({
    id: runId,
    status: failures.length ? "failed" : "completed",
    finished_at: new Date(),
    error: failures.join("; ") || null,
  })
  return { run_id: runId, dry_run: options.dryRun, as_of: asOf.toISOString(), steps }
}

/** Logs a run's start; the dry run of a preview and a real run alike. */
async function logRun(container: MedusaContainer, options: RetentionOptions, asOf: Date) {
  return container.resolve<RetentionModuleService>(RETENTION_MODULE).createRetentionRuns({
    trigger: options.trigger,
    dry_run: options.dryRun,
    as_of: asOf,
    started_at: new Date(),
    slot: options.slot ?? null,
  })
}

/**
 * Starts a run of the retention engine over every rule of the data map: what has passed its term by the
 * shop's clock is deleted or anonymised (or, in a dry run, only counted with sample ids). One real run at
 * a time: a second is refused with RetentionBusyError. A dry run changes nothing and needs no lock. A
 * scheduled run whose tick already ran returns null. `started` resolves once the run is logged; `finished`
 * when it is done.
 */
export async function startRetentionRun(container: MedusaContainer, options: RetentionOptions) {
  const log = container.resolve<RetentionModuleService>(RETENTION_MODULE)
  let began: (runId: string | null) => void = () => {}
  const started = new Promise<string | null>((resolve) => (began = resolve))
  const real = async () => {
    if (options.slot && (await log.listRetentionRuns({ slot: options.slot }, { select: ["id"], take: 1 })).length)
      return null
    // Holding the lock, a real run still marked as running belongs to a process that died: the selections redo what it
    // left. A dry run changes nothing; one left running for an hour died too.
    const stale = [
      ...(await log.listRetentionRuns({ status: "running", dry_run: false }, { select: ["id"] })),
      ...(await log.listRetentionRuns(
        { status: "running", dry_run: true, started_at: { $lt: new Date(Date.now() - 60 * 60 * 1000) } },
        { select: ["id"] },
      )),
    ]
    if (stale.length)
      await log.updateRetentionRuns(
        stale.map((run) => ({
          id: run.id,
          status: "interrupted" as const,
          finished_at: new Date(),
          error: "the process stopped during the run",
        })),
      )
    const asOf = now()
    // The slot's unique index is the last word on a tick that two processes reached at once.
    const run = await logRun(container, options, asOf).catch((error: Error) =>
      options.slot ? null : Promise.reject(error),
    )
    if (!run) return null
    began(run.id)
    return execute(container, run.id, asOf, options)
  }
  const finished = (async (): Promise<RunReport | null> => {
    if (options.dryRun) {
      const asOf = now()
      const run = await logRun(container, options, asOf)
      began(run.id)
      return execute(container, run.id, asOf, options)
    }
    const locked = await withRunLock(container, real)
    if (locked) return locked.value
    const [running] = await log.listRetentionRuns(
      { status: "running", dry_run: false },
      { select: ["id", "trigger", "started_at"], take: 1, order: { started_at: "DESC" } },
    )
    throw new RetentionBusyError(running ?? null)
  })()
  // A refusal rejects `started` too, so a caller waiting only for the start hears of it; one waiting only
  // for `finished` must not leave that rejection unhandled.
  const startedOrRefused = Promise.race([started, finished.then(() => null)])
  startedOrRefused.catch(() => {})
  return { started: startedOrRefused, finished }
}

/**
 * Runs the engine and waits for the result (the nightly job, the command line and tests). Null: the tick ran elsewhere.
 */
export async function runRetention(container: MedusaContainer, options: RetentionOptions): Promise<RunReport | null> {
  return (await startRetentionRun(container, options)).finished
}
