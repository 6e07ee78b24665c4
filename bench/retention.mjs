// `npm run bench:retention`: the retention purge of order personal data (2 years after delivery) over
// 100 000 and 1 000 000 expired synthetic orders, side by side on identical copies of the data:
// - the engine's way: the compiled purger, batches of its own size (the engine's default otherwise), select (locking)
//   + apply in one transaction each;
// - the same batches with only the order statements (anonymiseOrders, no guest customer rows): shows what
//   the guest statements cost;
// - a per-row loop: one transaction per order calling anonymiseOrders(trx, [id]), as a one-call-per-row job does.
// Each way runs until done or until its time budget is spent; then its total is extrapolated (batches by a
// straight-line fit of their duration, the loop by its rate). The engine's result is verified. Prints a table.
// Options: --sizes=20000 --set-seconds=300 --loop-seconds=60 --explain (EXPLAIN ANALYZE of the engine's statements
// for the batch where it stopped, or, when it finished, for the first batch on a copy; rolled back).
import { existsSync } from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { retentionCutoff } from "@helder/privacy"
import { databaseUrl, ensureDatabase } from "../packages/devkit/src/database.mjs"
import { BACKEND_SERVER_DIR } from "../packages/devkit/src/paths.mjs"
import { backendEnv, migrate } from "../packages/devkit/src/shop.mjs"
import { turbo } from "../packages/devkit/src/turbo.mjs"
import { percentiles } from "./shop.mjs"
import { benchDatabase, FILL } from "./synthetic-orders.mjs"

const RULE = "order-personal-data"
const option = (name, fallback) =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback
const SIZES = option("sizes", "100000,1000000").split(",").map(Number)
const SET_SECONDS = Number(option("set-seconds", 300))
const LOOP_SECONDS = Number(option("loop-seconds", 60))
const EXPLAIN = process.argv.includes("--explain")
const DB = {
  schema: "helder_bench_retention",
  engine: "helder_bench_retention_engine",
  orders: "helder_bench_retention_orders",
  loop: "helder_bench_retention_loop",
}

const compiled = path.join(BACKEND_SERVER_DIR, "src", "lib")
const personalData = path.join(BACKEND_SERVER_DIR, "src", "personal-data")
const workflows = path.join(BACKEND_SERVER_DIR, "src", "workflows")
if (!existsSync(path.join(personalData, "retention-purgers.js")))
  await turbo(["run", "build", "--filter=@helder/backend", "--output-logs=errors-only"])
const require = createRequire(import.meta.url)
const { PURGERS } = require(path.join(personalData, "retention-purgers.js"))
const { BATCH_SIZE: DEFAULT_BATCH } = require(path.join(workflows, "retention", "retention-walk.js"))
const { anonymiseOrders } = require(path.join(personalData, "anonymise-orders.js"))
const { dataMap } = require(path.join(compiled, "data-map.js"))
const purger = PURGERS.find((p) => p.rule === RULE)
/** The rows per transaction the engine uses for this purger. */
const BATCH_SIZE = purger.batchSize ?? DEFAULT_BATCH
const rule = dataMap.retention.find((r) => r.id === RULE)

/**
 * Nothing personal may be left on the orders up to `upTo` (all of them when the run finished), nor on their guests.
 * Throws otherwise.
 */
async function verify(db, upTo, done) {
  const [left] = (
    await db.raw(
      `with done as (select * from "order" where id <= ?)
      select (select count(*) from "order" where email is null)::int as anonymised,
        (select count(*) from done where email is not null)::int as emails,
        (select count(*) from order_address a join done o on a.id in (o.shipping_address_id, o.billing_address_id) where a.first_name is not null)::int as addresses,
        (select count(*) from fulfillment_address a join fulfillment f on f.delivery_address_id = a.id join order_fulfillment l on l.fulfillment_id = f.id join done o on o.id = l.order_id where a.first_name is not null)::int as deliveries,
        (select count(*) from customer c join done o on o.customer_id = c.id where c.email is not null or c.deleted_at is null)::int as guests,
        (select count(*) from withdrawal_notice w join done o on o.id = w.order_id where w.statement like '%@%')::int as withdrawals`,
      [upTo ?? ""],
    )
  ).rows
  if (left.anonymised !== done || left.emails || left.addresses || left.deliveries || left.guests || left.withdrawals) {
    throw new Error(
      `the purge left personal data (or anonymised ${left.anonymised} orders, not ${done}): ${JSON.stringify(left)}`,
    )
  }
}

/**
 * Batches in id order, each one transaction that selects (locking) and applies, as the engine walks; each transaction
 * timed.
 */
async function batches(db, cutoff, apply, n) {
  const durations = []
  let after = null
  let rows = 0
  const started = performance.now()
  for (;;) {
    const begun = performance.now()
    const ids = await db.transaction(async (trx) => {
      const selected = await purger.select(trx, { rule, cutoff, after, limit: BATCH_SIZE, lock: true })
      if (selected.length) rows += await apply(trx, selected)
      return selected
    })
    durations.push(performance.now() - begun)
    after = ids.at(-1) ?? after
    if (ids.length < BATCH_SIZE || performance.now() - started >= SET_SECONDS * 1000) break
  }
  const seconds = (performance.now() - started) / 1000
  return {
    rows,
    seconds,
    durations,
    after,
    total: rows === n ? seconds : extrapolate(durations, Math.ceil(n / BATCH_SIZE)),
  }
}

/**
 * Seconds for all `count` batches, from a straight line through the batch durations so far (they grow when each batch
 * costs more than the last).
 */
function extrapolate(durations, count) {
  const k = durations.map((_, i) => i + 1)
  const mean = (xs) => xs.reduce((sum, x) => sum + x, 0) / xs.length
  const [mk, md] = [mean(k), mean(durations)]
  const slope =
    durations.length > 1
      ? k.reduce((sum, x, i) => sum + (x - mk) * (durations[i] - md), 0) / k.reduce((sum, x) => sum + (x - mk) ** 2, 0)
      : 0
  const intercept = md - slope * mk
  return (count * intercept + (slope * count * (count + 1)) / 2) / 1000
}

/**
 * What a job that handles one order per call does: ids read a page at a time, then a transaction per order, until the
 * budget is spent.
 */
async function perRow(db, cutoff, n) {
  let after = null
  let rows = 0
  const started = performance.now()
  const elapsed = () => (performance.now() - started) / 1000
  while (elapsed() < LOOP_SECONDS) {
    const ids = await purger.select(db, { rule, cutoff, after, limit: BATCH_SIZE })
    for (const id of ids) {
      if (elapsed() >= LOOP_SECONDS) break
      rows += await db.transaction((trx) => anonymiseOrders(trx, [id]))
      after = id
    }
    if (ids.length < BATCH_SIZE) break
  }
  const seconds = elapsed()
  return { rows, seconds, total: rows === n ? seconds : (n * seconds) / rows }
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of every statement of the engine's batch after `after`, in a transaction that is rolled
 * back.
 */
async function explainBatch(db, cutoff, after) {
  const trx = await db.transaction()
  const plans = []
  // Stands in for the transaction: runs each statement under EXPLAIN ANALYZE and keeps its plan.
  const explaining = {
    async raw(sql, bindings) {
      const { rows } = await trx.raw(`explain (analyze, buffers) ${sql}`, bindings)
      plans.push([sql, rows.map((row) => row["QUERY PLAN"])])
      return { rows: [], rowCount: 0 }
    },
  }
  try {
    const selection = { rule, cutoff, after, limit: BATCH_SIZE, lock: true }
    await purger.select(explaining, selection)
    // EXPLAIN ANALYZE runs each statement, so each sees the changes of the ones before it, as in a real batch.
    await purger.apply(explaining, await purger.select(trx, selection))
  } finally {
    await trx.rollback()
  }
  // The batch's ids would fill pages; the plans say how many there were.
  const short = (text) => text.replace(/'\{[^}]{200,}\}'/g, "'{…ids…}'")
  for (const [sql, plan] of plans) console.log(`\n${short(sql).replace(/\s+/g, " ")}\n${plan.map(short).join("\n")}`)
}

const { settings, connect, drop, copy, stop } = await benchDatabase()
/** Runs `body` with a connection to the database and closes it. */
async function using(database, body) {
  const db = connect(database)
  try {
    return await body(db)
  } finally {
    await db.destroy()
  }
}
const results = []
let incomplete = false
try {
  // Migrated once; every size starts from a copy of the empty schema.
  await ensureDatabase(settings, DB.schema, { fresh: true })
  await migrate(
    backendEnv({ databaseUrl: databaseUrl(settings, DB.schema), port: 0, storefrontUrl: "http://localhost:8000" }),
  )
  const cutoff = retentionCutoff(rule, new Date())
  for (const n of SIZES) {
    for (const database of [DB.engine, DB.orders, DB.loop]) await drop(database)
    const filling = performance.now()
    await copy(DB.engine, DB.schema)
    await using(DB.engine, async (db) => {
      for (const sql of FILL) await db.raw(sql, [n])
      // Statistics as autovacuum keeps them on tables this size; the plans depend on them.
      await db.raw("vacuum analyze")
    })
    await copy(DB.orders, DB.engine)
    await copy(DB.loop, DB.engine)
    console.log(`\n${n} orders generated and copied in ${((performance.now() - filling) / 1000).toFixed(0)} s`)

    const engine = await using(DB.engine, async (db) => {
      const run = await batches(db, cutoff, purger.apply, n)
      if (EXPLAIN && run.rows < n) await explainBatch(db, cutoff, run.after)
      await verify(db, run.after, run.rows)
      return run
    })
    console.log(
      `engine: ${engine.rows} orders in ${engine.seconds.toFixed(1)} s, verified${engine.rows < n ? " (budget spent)" : ""}`,
    )
    if (EXPLAIN && engine.rows === n) await using(DB.orders, (db) => explainBatch(db, cutoff, null))
    const orders = await using(DB.orders, (db) => batches(db, cutoff, anonymiseOrders, n))
    console.log(
      `orders only: ${orders.rows} orders in ${orders.seconds.toFixed(1)} s${orders.rows < n ? " (budget spent)" : ""}`,
    )
    const loop = await using(DB.loop, (db) => perRow(db, cutoff, n))
    console.log(
      `per-row loop: ${loop.rows} orders in ${loop.seconds.toFixed(1)} s${loop.rows < n ? " (budget spent)" : ""}`,
    )
    for (const database of [DB.engine, DB.orders, DB.loop]) await drop(database)
    results.push({ n, engine, orders, loop })
    incomplete ||= engine.rows < n
  }

  console.log(
    `\nRetention purge "${RULE}" (cutoff ${cutoff.toISOString().slice(0, 10)}), batches of ${BATCH_SIZE}, budgets: batches ${SET_SECONDS} s, per-row loop ${LOOP_SECONDS} s`,
  )
  console.log("(* = budget spent before the end: the total for all orders is extrapolated)")
  console.log(
    "  orders  way                 rows done  seconds   rows/s   all orders, s  rows/s over all  batch tx ms: p50     p95      max  batches",
  )
  for (const { n, engine, orders, loop } of results) {
    for (const [way, r] of [
      ["engine (purger)", engine],
      ["orders only", orders],
      ["per-row loop", loop],
    ]) {
      const tx = r.durations ? percentiles(r.durations) : null
      const cells = [
        String(n).padStart(8),
        way.padEnd(18),
        String(r.rows).padStart(10),
        r.seconds.toFixed(1).padStart(8),
        String(Math.round(r.rows / r.seconds)).padStart(8),
        `${r.total.toFixed(1)}${r.rows < n ? "*" : " "}`.padStart(15),
        String(Math.round(n / r.total)).padStart(16),
        tx
          ? `${tx.p50.toFixed(1).padStart(17)} ${tx.p95.toFixed(1).padStart(7)} ${Math.max(...r.durations)
              .toFixed(1)
              .padStart(8)} ${String(r.durations.length).padStart(8)}`
          : "",
      ]
      console.log(cells.join(" "))
    }
  }
  if (incomplete)
    console.log("\nThe engine did not finish within its budget: its rate over all orders is an extrapolation.")
} finally {
  for (const database of [DB.engine, DB.orders, DB.loop, DB.schema]) await drop(database)
  await stop()
}
