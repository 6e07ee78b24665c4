import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The advisory lock that makes real runs exclusive across every process on the shop's database. */
export const RUN_LOCK_KEY = "helder:retention-run"

/** Another run holds the lock: a second one is refused, never queued behind it. */
export class RetentionBusyError extends Error {
  constructor(readonly running: { id: string; trigger: string; started_at: Date } | null) {
    super(
      running
        ? `A retention run (${running.trigger}, started ${running.started_at.toISOString()}) is in progress; try again when it has finished.`
        : "A retention run is in progress; try again when it has finished.",
    )
  }
}

/**
 * Runs `job` holding PostgreSQL's advisory lock for retention runs, on one connection of its own: every
 * process on the shop's database sees it (with or without Redis), and it ends with the connection when a
 * process dies. Returns null without running `job` when another process holds it.
 */
export async function withRunLock<T>(container: MedusaContainer, job: () => Promise<T>): Promise<{ value: T } | null> {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const connection = await pg.client.acquireConnection()
  try {
    const { rows } = await connection.query("select pg_try_advisory_lock(hashtext($1)) as locked", [RUN_LOCK_KEY])
    if (!rows[0].locked) return null
    try {
      return { value: await job() }
    } finally {
      await connection.query("select pg_advisory_unlock(hashtext($1))", [RUN_LOCK_KEY])
    }
  } finally {
    await pg.client.releaseConnection(connection)
  }
}
