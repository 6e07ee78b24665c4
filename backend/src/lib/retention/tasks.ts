import type { MedusaContainer } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { retentionCutoff, type RetentionRule } from "@helder/privacy"
import { RETENTION_MODULE } from "../../modules/retention"
import type RetentionModuleService from "../../modules/retention/service"
import { dataMap } from "../privacy"
import {
  closeWarningsOfRemovedAccounts,
  eraseInactiveAccount,
  mailPendingWarnings,
  recordWarnings,
  resolveWarnings,
  selectDueWarnings,
  selectInactiveAccounts,
} from "./inactive-accounts"
import { PURGERS, type Purger } from "../../personal-data/retention-purgers"

/** Rows handled per transaction: big enough for set-based speed, small enough to keep each transaction short. */
export const BATCH_SIZE = 1000
const SAMPLES = 5

export type StepReport = {
  rule: string
  category: string
  action: string
  cutoff: string
  batches: number
  rows: number
  samples: string[]
}

type Pg = Knex
type StepContext = { pg: Pg; stepId: string; dryRun: boolean; limit: number }

/**
 * Notes a batch in the run log. A real batch does so inside its own transaction, so the log's counts and
 * cursor are exactly what was committed, even when the process dies right after.
 */
async function logBatch(db: Pg | Knex.Transaction, stepId: string, report: StepReport, cursor: string) {
  await db.raw(
    `update retention_step set batches = ?, rows = ?, cursor = ?, samples = ?::jsonb, updated_at = now() where id = ?`,
    [report.batches, report.rows, cursor, JSON.stringify({ ids: report.samples }), stepId],
  )
}

/**
 * Walks a selection batch by batch in id order. `handle` changes one batch inside its transaction (a real
 * run) and returns how many rows changed; a dry run only counts. Every selection excludes what was already
 * done, so a run killed midway is finished by the next one without doing anything twice.
 */
async function walk<T extends { id: string }>(
  ctx: StepContext,
  report: StepReport,
  select: (db: Pg | Knex.Transaction, after: string | null, limit: number) => Promise<T[]>,
  handle: (trx: Knex.Transaction, batch: T[]) => Promise<number>,
) {
  let cursor: string | null = null
  for (;;) {
    const after: string | null = cursor
    const note = (batch: T[], changed: number) => {
      report.batches++
      report.rows += changed
      if (report.samples.length < SAMPLES)
        report.samples.push(...batch.slice(0, SAMPLES - report.samples.length).map((row) => row.id))
      return batch[batch.length - 1]!.id
    }
    let batch: T[]
    if (ctx.dryRun) {
      batch = await select(ctx.pg, after, ctx.limit)
      if (batch.length) await logBatch(ctx.pg, ctx.stepId, report, (cursor = note(batch, batch.length)))
    } else {
      batch = await ctx.pg.transaction(async (trx) => {
        const selected = await select(trx, after, ctx.limit)
        if (selected.length)
          await logBatch(trx, ctx.stepId, report, (cursor = note(selected, await handle(trx, selected))))
        return selected
      })
    }
    if (batch.length < ctx.limit) break
  }
}

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
}

/** Inactive accounts, first phase: a warning recorded per account (set-based), then one mail each. */
async function warnInactive(
  container: MedusaContainer,
  ctx: StepContext,
  rule: RetentionRule,
  cutoff: Date,
  asOf: Date,
  report: StepReport,
) {
  await walk(ctx, report, (db, after, limit) => selectInactiveAccounts(db, cutoff, after, limit), recordWarnings)
  // Mailed after the batches committed: a warning is never lost, and its grace period starts only once its mail went
  // out.
  if (!ctx.dryRun) await mailPendingWarnings(container, asOf, rule)
}

/** Inactive accounts, second phase: after the grace period, erased through the erasure workflow unless used again. */
async function eraseInactive(container: MedusaContainer, ctx: StepContext, asOf: Date, report: StepReport) {
  if (!ctx.dryRun) await closeWarningsOfRemovedAccounts(ctx.pg)
  let after: string | null = null
  for (;;) {
    const due = await selectDueWarnings(ctx.pg, asOf, after, ctx.limit)
    if (!due.length) break
    after = due[due.length - 1]!.id
    report.batches++
    if (report.samples.length < SAMPLES)
      report.samples.push(...due.slice(0, SAMPLES - report.samples.length).map((w) => w.id))
    if (ctx.dryRun) {
      report.rows += due.filter((w) => !w.active_again).length
    } else {
      await resolveWarnings(
        ctx.pg,
        due.filter((w) => w.active_again).map((w) => w.id),
        "cancelled",
      )
      // Each erasure is the whole erasure workflow (one transaction, residue scan, receipt mail).
      for (const warning of due.filter((w) => !w.active_again && w.email)) {
        if (
          (await eraseInactiveAccount(
            container,
            { id: warning.id, customer_id: warning.customer_id, email: warning.email! },
            asOf,
          )) === "erased"
        ) {
          report.rows += await resolveWarnings(ctx.pg, [warning.id], "erased")
        }
      }
    }
    await logBatch(ctx.pg, ctx.stepId, report, after)
    if (due.length < ctx.limit) break
  }
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
  run(
    container: MedusaContainer,
    ctx: StepContext,
    report: StepReport,
    rule: RetentionRule,
    cutoff: Date,
    asOf: Date,
  ): Promise<void>
}

export const RETENTION_TASKS: RetentionTask[] = [
  ...PURGERS.map((purger) => ({
    rule: purger.rule,
    category: purger.category,
    action: purger.action,
    batchSize: purger.batchSize,
    cutoff: retentionCutoff,
    run: (_container: MedusaContainer, ctx: StepContext, report: StepReport, rule: RetentionRule, cutoff: Date) =>
      runPurger(ctx, purger, rule, cutoff, report),
  })),
  {
    rule: "inactive-accounts",
    category: "account",
    action: "warn",
    cutoff: retentionCutoff,
    run: (container, ctx, report, rule, cutoff, asOf) => warnInactive(container, ctx, rule, cutoff, asOf, report),
  },
  {
    rule: "inactive-accounts",
    category: "account",
    action: "erase",
    cutoff: (_rule, asOf) => asOf,
    run: (container, ctx, report, _rule, _cutoff, asOf) => eraseInactive(container, ctx, asOf, report),
  },
]

export type ApplyRuleInput = {
  run_id: string
  rule: string
  action: string
  as_of: string
  dry_run: boolean
  batch_size?: number
}

/** Applies one task of a run, its step logged in the run log from start to finish; returns what it did. */
export async function applyRetentionTask(container: MedusaContainer, input: ApplyRuleInput): Promise<StepReport> {
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
  const ctx = {
    pg: container.resolve(ContainerRegistrationKeys.PG_CONNECTION),
    stepId: row.id,
    dryRun: input.dry_run,
    limit: input.batch_size ?? task.batchSize ?? BATCH_SIZE,
  }
  try {
    await task.run(container, ctx, report, rule, cutoff, asOf)
  } catch (error) {
    // The batches committed so far stay counted; the step records that it stopped on an error.
    await log.updateRetentionSteps({ id: row.id, errors: 1, finished_at: new Date() })
    throw error
  }
  await log.updateRetentionSteps({ id: row.id, finished_at: new Date() })
  return report
}
