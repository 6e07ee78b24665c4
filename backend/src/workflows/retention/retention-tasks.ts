import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { retentionCutoff, type RetentionRule } from "@helder/privacy"
import { dataMap } from "../../lib/data-map"
import { RETENTION_MODULE } from "../../modules/retention"
import type RetentionModuleService from "../../modules/retention/service"
import {
  selectDueWarnings,
  selectInactiveAccounts,
  warningsOfRemovedAccounts,
} from "../../personal-data/inactive-accounts"
import { PURGERS, type Purger } from "../../personal-data/retention-purgers"
import { BATCH_SIZE, logBatch, noteBatch, walk, type StepContext, type StepReport } from "./retention-walk"

/** A warned account whose grace period has ended and that was not used since: the run erases it after the step. */
export type DueWarning = { id: string; customer_id: string; email: string }

/** A task's context: the run log's step, and the retention module that records and closes the warnings. */
type TaskContext = StepContext & { retention: RetentionModuleService }

/** One purger: rows past their term, deleted or anonymised one set-based batch per transaction. */
async function runPurger(ctx: StepContext, purger: Purger, rule: RetentionRule, cutoff: Date, report: StepReport) {
  const lock = !ctx.dryRun
  await walk(
    ctx,
    report,
    async (db, after, limit) => (await purger.select(db, { rule, cutoff, after, limit, lock })).map((id) => ({ id })),
    (trx, batch) =>
      purger.apply(
        trx,
        batch.map((row) => row.id),
      ),
  )
  return []
}

/**
 * Inactive accounts, first phase: a warning recorded per account (set-based); the run mails them afterwards, once the
 * batches committed, so a warning is never lost and its grace period starts only once its mail went out.
 */
async function warnInactive(ctx: TaskContext, cutoff: Date, report: StepReport) {
  await walk(
    ctx,
    report,
    (db, after, limit) => selectInactiveAccounts(db, cutoff, after, limit),
    (trx, batch) => ctx.retention.recordWarnings(trx, batch),
  )
  return []
}

/**
 * Inactive accounts, second phase: warnings past their grace period. Those of accounts used again are closed; the
 * others are returned for the run to erase, each through the erasure workflow. A dry run counts them.
 */
async function eraseInactive(ctx: TaskContext, asOf: Date, report: StepReport): Promise<DueWarning[]> {
  if (!ctx.dryRun) await ctx.retention.resolveWarnings(await warningsOfRemovedAccounts(ctx.pg), "erased")
  const toErase: DueWarning[] = []
  let after: string | null = null
  for (;;) {
    const due = await selectDueWarnings(ctx.pg, asOf, after, ctx.limit)
    if (!due.length) break
    const unused = due.filter((w) => !w.active_again)
    after = noteBatch(report, due, ctx.dryRun ? unused.length : 0)
    if (!ctx.dryRun) {
      await ctx.retention.resolveWarnings(
        due.filter((w) => w.active_again).map((w) => w.id),
        "cancelled",
      )
      toErase.push(
        ...unused.flatMap((w) => (w.email ? [{ id: w.id, customer_id: w.customer_id, email: w.email }] : [])),
      )
    }
    await logBatch(ctx.pg, ctx.stepId, report, after)
    if (due.length < ctx.limit) break
  }
  return toErase
}

/** The rule a purger applies, from the data map: changing the map changes what the engine does. */
export function ruleOf(id: string): RetentionRule {
  const rule = dataMap.retention.find((r) => r.id === id)
  if (!rule) throw new Error(`the data map has no retention rule ${id}`)
  return rule
}

/**
 * What the engine does for one rule of the data map: a purger, or one of the two phases for inactive
 * accounts (warn, then erase after the grace period). Each runs as its own workflow, one after another.
 */
type RetentionTask = {
  rule: string
  batchSize?: number
  category: string
  action: string
  cutoff(rule: RetentionRule, asOf: Date): Date
  run(ctx: TaskContext, report: StepReport, rule: RetentionRule, cutoff: Date, asOf: Date): Promise<DueWarning[]>
}

/** Every task of a run, in order: the purgers of the data map, then the inactive accounts' two phases. */
export const RETENTION_TASKS: RetentionTask[] = [
  ...PURGERS.map((purger) => ({
    rule: purger.rule,
    category: purger.category,
    action: purger.action,
    batchSize: purger.batchSize,
    cutoff: retentionCutoff,
    run: (ctx: TaskContext, report: StepReport, rule: RetentionRule, cutoff: Date) =>
      runPurger(ctx, purger, rule, cutoff, report),
  })),
  {
    rule: "inactive-accounts",
    category: "account",
    action: "warn",
    cutoff: retentionCutoff,
    run: (ctx, report, _rule, cutoff) => warnInactive(ctx, cutoff, report),
  },
  {
    rule: "inactive-accounts",
    category: "account",
    action: "erase",
    cutoff: (_rule, asOf) => asOf,
    run: (ctx, report, _rule, _cutoff, asOf) => eraseInactive(ctx, asOf, report),
  },
]

/** One task of a run, as its workflow takes it. */
export type ApplyRuleInput = {
  run_id: string
  rule: string
  action: string
  as_of: string
  dry_run: boolean
  batch_size?: number
}

/** What a task did, its row in the run log, and the accounts it leaves to the run to erase. */
export type AppliedTask = { report: StepReport; step_id: string; to_erase: DueWarning[] }

/** Applies one task of a run, its step logged in the run log from start to finish; returns what it did. */
export async function applyRetentionTask(container: MedusaContainer, input: ApplyRuleInput): Promise<AppliedTask> {
  const task = RETENTION_TASKS.find((t) => t.rule === input.rule && t.action === input.action)
  if (!task) throw new Error(`no retention task ${input.rule}:${input.action}`)
  const log = container.resolve<RetentionModuleService>(RETENTION_MODULE)
  const rule = ruleOf(task.rule)
  const asOf = new Date(input.as_of)
  const cutoff = task.cutoff(rule, asOf)
  const row = await log.createRetentionSteps({
    run_id: input.run_id,
    rule: rule.id,
    category: task.category,
    action: task.action,
  })
  const report: StepReport = {
    rule: rule.id,
    category: task.category,
    action: task.action,
    cutoff: cutoff.toISOString(),
    batches: 0,
    rows: 0,
    samples: [],
  }
  const ctx: TaskContext = {
    pg: container.resolve(ContainerRegistrationKeys.PG_CONNECTION),
    retention: log,
    stepId: row.id,
    dryRun: input.dry_run,
    limit: input.batch_size ?? task.batchSize ?? BATCH_SIZE,
  }
  let toErase: DueWarning[]
  try {
    toErase = await task.run(ctx, report, rule, cutoff, asOf)
  } catch (error) {
    // The batches committed so far stay counted; the step records that it stopped on an error.
    await log.updateRetentionSteps({ id: row.id, errors: 1, finished_at: new Date() })
    throw error
  }
  // A step that leaves erasures to the run is finished by the run once they are done.
  if (!toErase.length) await log.updateRetentionSteps({ id: row.id, finished_at: new Date() })
  return { report, step_id: row.id, to_erase: toErase }
}
