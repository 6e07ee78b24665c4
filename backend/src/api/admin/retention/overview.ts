import type { MedusaContainer } from "@medusajs/framework/types"
import parser from "cron-parser"
import { readBackendEnv } from "../../../lib/env"
import { dataMap } from "../../../lib/data-map"
import { RETENTION_MODULE } from "../../../modules/retention"
import type RetentionModuleService from "../../../modules/retention/service"

const RUNS_SHOWN = 20
const WARNINGS_SHOWN = 50

/** When the nightly job fires next after `from` (cron in server time, as Medusa's scheduler reads it). */
export function nextScheduledRun(schedule: string, from: Date): Date | null {
  try {
    return parser.parseExpression(schedule, { currentDate: from }).next().toDate()
  } catch {
    return null
  }
}

/**
 * What the admin's retention page shows: the rules in force (read from the data map, with the categories
 * each covers), the schedule and next run, a run in progress, the last runs with their steps, and the
 * inactive-account warnings. Counts and ids only: no personal data.
 */
export async function retentionOverview(container: MedusaContainer) {
  const log = container.resolve<RetentionModuleService>(RETENTION_MODULE)
  const schedule = readBackendEnv().RETENTION_SCHEDULE
  const rules = dataMap.retention.map((rule) => ({
    ...rule,
    categories: dataMap.dataCategories.filter((c) => c.retention.includes(rule.id)).map((c) => c.name.nl),
  }))
  const runs = await log.listRetentionRuns(
    {},
    { relations: ["steps"], order: { started_at: "DESC" }, take: RUNS_SHOWN },
  )
  const warnings = await log.listInactivityWarnings({}, { order: { created_at: "DESC" }, take: WARNINGS_SHOWN })
  const running = runs.find((run) => run.status === "running") ?? null
  return {
    schedule,
    next_run: nextScheduledRun(schedule, new Date())?.toISOString() ?? null,
    running: running && {
      id: running.id,
      trigger: running.trigger,
      dry_run: running.dry_run,
      started_at: running.started_at,
    },
    rules,
    runs: runs.map(({ steps, ...run }) => ({
      ...run,
      steps: [...steps].sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime()),
    })),
    warnings: warnings.map((w) => ({
      id: w.id,
      customer_id: w.customer_id,
      last_activity_at: w.last_activity_at,
      warned_at: w.warned_at,
      erase_after: w.erase_after,
      status: w.status,
      resolved_at: w.resolved_at,
    })),
  }
}
