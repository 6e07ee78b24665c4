import { spawn, type ChildProcess } from "node:child_process"
import path from "node:path"
import Redis from "ioredis"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { RetentionBusyError, runRetention } from "../../../src/workflows/retention/run-retention"
import { eventually } from "../helpers"
import { testRedisUrl } from "../redis"

jest.setTimeout(600 * 1000)

const BACKEND = path.resolve(__dirname, "../../..")
const MEDUSA = path.resolve(BACKEND, "../node_modules/.bin/medusa")
/** A Redis database of its own, emptied before and after: the workers' queues, locks and schedules live there. */
const REDIS_URL = testRedisUrl(9)
const EXPIRED_EVENTS = 30_000
const EXPIRED_CARTS = 3_000
const KEPT = 50

type Child = { process: ChildProcess; output: string[]; exited: Promise<number | null> }

/** Starts the backend's CLI (`medusa …`) on the test's database, in its own process group so it can be killed whole. */
function medusa(args: string[], env: Record<string, string>): Child {
  // The test runner sets LOG_LEVEL=error; the children log at info, which the checks below read.
  const child = spawn(MEDUSA, args, {
    cwd: BACKEND,
    env: { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", LOG_LEVEL: "info", ...env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  })
  const output: string[] = []
  child.stdout!.on("data", (chunk) => output.push(String(chunk)))
  child.stderr!.on("data", (chunk) => output.push(String(chunk)))
  return { process: child, output, exited: new Promise((resolve) => child.on("exit", (code) => resolve(code))) }
}

/** Waits for a condition while a child runs; on failure the child's last output says why. */
async function whileRunning<T>(child: Child[], check: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  try {
    return await eventually(check, timeoutMs)
  } catch (error) {
    throw new Error(
      `${(error as Error).message}; output:\n${child.map((c) => c.output.join("").slice(-3000)).join("\n---\n")}`,
      { cause: error },
    )
  }
}

const kill = (child: Child) => {
  try {
    process.kill(-child.process.pid!, "SIGKILL")
  } catch {
    // already gone
  }
  return child.exited
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ getContainer, dbConfig }) => {
    const sql = async (text: string, bindings: unknown[] = []) =>
      (
        await getContainer()
          .resolve(ContainerRegistrationKeys.PG_CONNECTION)
          .raw(text, bindings as never)
      ).rows
    const children: Child[] = []
    afterEach(async () => {
      await Promise.all(children.splice(0).map(kill))
    })

    /**
     * A large set past its term (statistics events and abandoned carts with an address), and a few records inside it.
     */
    async function seedLargeExpiredSet() {
      await sql(
        `insert into analytics_event (id, name, path, device_class, visitor_key, locale, occurred_at)
        select 'aev_kill_' || lpad(i::text, 6, '0'), 'page_view', '/nl/p/' || (i % 50), 'desktop', 'k' || (i % 97), 'nl',
          case when i <= ? then now() - interval '2 years' else now() - interval '1 day' end
        from generate_series(1, ?) i`,
        [EXPIRED_EVENTS, EXPIRED_EVENTS + KEPT],
      )
      await sql(
        `insert into cart_address (id, first_name, last_name, address_1, city, postal_code, country_code, phone)
        select 'caddr_kill_' || lpad(i::text, 6, '0'), 'Koper' || i, 'Achternaam', 'Straat ' || i, 'Apeldoorn', '7311 AB', 'nl', '+31 6 ' || i
        from generate_series(1, ?) i`,
        [EXPIRED_CARTS + KEPT],
      )
      await sql(
        `insert into cart (id, currency_code, email, shipping_address_id, created_at, updated_at)
        select 'cart_kill_' || lpad(i::text, 6, '0'), 'eur', 'koper' || i || '@example.nl', 'caddr_kill_' || lpad(i::text, 6, '0'), at, at
        from (select i, case when i <= ? then now() - interval '60 days' else now() - interval '1 day' end as at from generate_series(1, ?) i) s`,
        [EXPIRED_CARTS, EXPIRED_CARTS + KEPT],
      )
    }

    async function clearLargeSet() {
      await sql(`delete from analytics_event where id like 'aev_kill_%'`)
      await sql(`delete from cart where id like 'cart_kill_%'`)
      await sql(`delete from cart_address where id like 'caddr_kill_%'`)
    }

    /**
     * The state the purge leaves: which events remain, and per cart its e-mail, removal and address. Timestamps are
     * left out.
     */
    async function fingerprint() {
      const [events] = await sql(
        `select count(*)::int as n, md5(string_agg(id, ',' order by id)) as ids from analytics_event where id like 'aev_kill_%'`,
      )
      const [carts] =
        await sql(`select md5(string_agg(concat_ws('|', c.id, c.email, c.deleted_at is not null, a.first_name, a.last_name, a.address_1, a.phone, a.postal_code, a.country_code), ',' order by c.id)) as state
        from cart c left join cart_address a on a.id = c.shipping_address_id where c.id like 'cart_kill_%'`)
      return { events, carts }
    }

    it("finishes a run killed midway when started again: the final state equals an uninterrupted run's, and no row is counted twice or skipped", async () => {
      await seedLargeExpiredSet()
      await runRetention(getContainer(), { dryRun: false, trigger: "cli", batchSize: 100 })
      const uninterrupted = await fingerprint()
      expect(uninterrupted.events.n).toBe(KEPT)
      expect(
        await sql(
          `select count(*)::int as n from cart where id like 'cart_kill_%' and email is null and deleted_at is not null`,
        ),
      ).toEqual([{ n: EXPIRED_CARTS }])

      await clearLargeSet()
      await seedLargeExpiredSet()
      const env = { DATABASE_URL: dbConfig.clientUrl }
      const first = medusa(["exec", "./src/scripts/retention.ts", "apply", "batch-size=100"], env)
      children.push(first)
      // Killed (SIGKILL, no chance to clean up) once it is well into the statistics events.
      const killedAt = await whileRunning(
        [first],
        async () => {
          const [step] =
            await sql(`select s.run_id, s.batches from retention_step s join retention_run r on r.id = s.run_id
          where r.trigger = 'cli' and r.status = 'running' and s.rule = 'analytics-events' and s.batches >= 20`)
          return step as { run_id: string } | undefined
        },
        120_000,
      )
      // While that process runs, a run started here is refused.
      await expect(runRetention(getContainer(), { dryRun: false, trigger: "staff" })).rejects.toThrow(
        RetentionBusyError,
      )
      await kill(first)
      const [left] = await sql(`select count(*)::int as n from analytics_event where id like 'aev_kill_%'`)
      expect(left.n).toBeGreaterThan(KEPT)
      expect(left.n).toBeLessThan(EXPIRED_EVENTS + KEPT)
      expect(await sql(`select status from retention_run where id = ?`, [killedAt.run_id])).toEqual([
        { status: "running" },
      ])

      const second = medusa(["exec", "./src/scripts/retention.ts", "apply", "batch-size=100"], env)
      children.push(second)
      expect([await second.exited, second.output.join("").includes("Retention run")]).toEqual([0, true])

      expect(await fingerprint()).toEqual(uninterrupted)
      expect(await sql(`select status, error from retention_run where id = ?`, [killedAt.run_id])).toEqual([
        { status: "interrupted", error: "the process stopped during the run" },
      ])
      // The log counts what was committed: the killed run's rows and the second run's rows add up to exactly the
      // expired ones.
      const [counted] = await sql(
        `select sum(s.rows)::int as n from retention_step s join retention_run r on r.id = s.run_id
        where r.trigger = 'cli' and r.dry_run = false and s.rule = 'analytics-events' and r.started_at >= (select started_at from retention_run where id = ?)`,
        [killedAt.run_id],
      )
      expect(counted.n).toBe(EXPIRED_EVENTS)
    })

    it("[P-retention-nightly] runs each scheduled tick once with two real worker processes on the same PostgreSQL and Redis", async () => {
      const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 })
      await redis.connect().catch((error: Error) => {
        throw new Error(
          `this test needs Redis at ${REDIS_URL} (set RETENTION_TEST_REDIS_URL to use another): ${error.message}`,
        )
      })
      await redis.flushdb()
      try {
        const env = {
          DATABASE_URL: dbConfig.clientUrl,
          REDIS_URL,
          MEDUSA_WORKER_MODE: "worker",
          RETENTION_SCHEDULE: "* * * * *",
          // `medusa start` runs in production mode, which wants real secrets and seller details.
          JWT_SECRET: "j".repeat(40),
          COOKIE_SECRET: "c".repeat(40),
          SELLER_KVK: "12345678",
          SELLER_VAT_NUMBER: "NL000099998B57",
          ADMIN_DISABLED: "true",
        }
        const workers = [9311, 9312].map((port) => medusa(["start"], { ...env, PORT: String(port) }))
        children.push(...workers)
        // A tick, logged by its slot; then a little longer, for any late duplicate from the other worker.
        const slots = await whileRunning(
          workers,
          async () => {
            const rows = await sql(
              `select slot from retention_run where trigger = 'schedule' and status = 'completed' group by slot order by slot`,
            )
            return rows.length >= 1 ? rows.map((r: { slot: string }) => r.slot) : undefined
          },
          180_000,
        )
        await new Promise((resolve) => setTimeout(resolve, 15_000))
        for (const worker of workers) expect(worker.output.join("")).toContain("Server is ready")
        const perSlot = await sql(
          `select slot, count(*)::int as n from retention_run where trigger = 'schedule' and slot = any(?) group by slot order by slot`,
          [slots],
        )
        expect(perSlot).toEqual(slots.map((slot: string) => ({ slot, n: 1 })))
        // Each tick ran its job once in all: the per-tick report appears once per slot across both workers' logs.
        const reports = workers.flatMap((w) => w.output.join("").match(/retention: carts delete/g) ?? [])
        expect(reports.length).toBe(
          await sql(`select count(*)::int as n from retention_run where trigger = 'schedule'`).then((r) => r[0].n),
        )
      } finally {
        await Promise.all(children.splice(0).map(kill))
        await redis.flushdb()
        redis.disconnect()
      }
    })
  },
})
