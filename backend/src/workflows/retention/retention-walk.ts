import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/** Rows handled per transaction: big enough for set-based speed, small enough to keep each transaction short. */
export const BATCH_SIZE = 1000
/** Ids a step's report keeps as samples. */
export const SAMPLES = 5

/** What one task of a run did, as the run log and the admin page show it: counts and sample ids, no personal data. */
export type StepReport = {
  rule: string
  category: string
  action: string
  cutoff: string
  batches: number
  rows: number
  samples: string[]
}

/** One task's place in the run log, whether it only counts, and its batch size. */
export type StepContext = { pg: Knex; stepId: string; dryRun: boolean; limit: number }

/**
 * Notes a batch in the run log. A real batch does so inside its own transaction, so the log's counts and
 * cursor are exactly what was committed, even when the process dies right after.
 */
export async function logBatch(db: Knex | Knex.Transaction, stepId: string, report: StepReport, cursor: string) {
  await db.raw(
    `update retention_step set batches = ?, rows = ?, cursor = ?, samples = ?::jsonb, updated_at = now() where id = ?`,
    [report.batches, report.rows, cursor, JSON.stringify({ ids: report.samples }), stepId],
  )
}

/** Counts a batch in the report and keeps its first ids as samples; returns the batch's last id (the cursor). */
export function noteBatch(report: StepReport, batch: { id: string }[], changed: number): string {
  report.batches++
  report.rows += changed
  if (report.samples.length < SAMPLES)
    report.samples.push(...batch.slice(0, SAMPLES - report.samples.length).map((row) => row.id))
  return batch[batch.length - 1]!.id
}

/**
 * Walks a selection batch by batch in id order. `handle` changes one batch inside its transaction (a real
 * run) and returns how many rows changed; a dry run only counts. Every selection excludes what was already
 * done, so a run killed midway is finished by the next one without doing anything twice.
 */
export async function walk<T extends { id: string }>(
  ctx: StepContext,
  report: StepReport,
  select: (db: Knex | Knex.Transaction, after: string | null, limit: number) => Promise<T[]>,
  handle: (trx: Knex.Transaction, batch: T[]) => Promise<number>,
) {
  let cursor: string | null = null
  for (;;) {
    const after: string | null = cursor
    let batch: T[]
    if (ctx.dryRun) {
      batch = await select(ctx.pg, after, ctx.limit)
      if (batch.length) await logBatch(ctx.pg, ctx.stepId, report, (cursor = noteBatch(report, batch, batch.length)))
    } else {
      batch = await ctx.pg.transaction(async (trx) => {
        const selected = await select(trx, after, ctx.limit)
        if (selected.length)
          await logBatch(trx, ctx.stepId, report, (cursor = noteBatch(report, selected, await handle(trx, selected))))
        return selected
      })
    }
    if (batch.length < ctx.limit) break
  }
}
