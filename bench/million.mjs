// `npm run bench:million`: a shop of a million orders (issue 21). Generates, once, a migrated and seeded database
// with MILLION_CUSTOMERS accounts (100 000) and MILLION_ORDERS orders (1 000 000) with their invoices
// (bench/million-orders.cjs, set-based SQL; the invoice numbering is checked) and keeps it as a template. On copies
// of it, with the production build:
// - `npm start`'s backend part on that database: the (no-op) migrations, the seed's check, the backend to /health;
// - the admin order list as staff see it (GET /admin/orders, masked, the fields Medusa Admin's list asks), first and
//   later pages and a search, p50/p95;
// - the privacy desk's list (GET /admin/privacy-requests) over the generated requests, p50/p95;
// - an account's export with its 500 orders and their invoice PDFs (POST /admin/privacy-requests/:id/export);
// - the erasure of another account with 500 orders (POST /admin/privacy-requests/:id/erase) and, at a size where its
//   residue scan waits for the night, the night's check (bench/check-erasures.cjs) for it alone and for four more;
// - the nightly retention run (the engine's own runRetention in `medusa exec`), for a year's backlog of expired orders
//   and then for one day's, with every transaction timed.
// Options: --fresh (generate again even when the template has this size), --only=generate (stop after the template),
// --only=shop (no retention), --only=lists (boot, lists and export only), --only=retention (the retention runs only),
// --drop-indexes (measure without the order indexes of backend/src/migration-scripts/order-indexes.ts, as the shop
// was before them), --runs=5 (admin and desk list rounds), --explain (EXPLAIN ANALYZE of the order list's main
// queries and of the order purger's selection, and the export's time kind by kind: bench/export-profile.cjs).
// DATABASE_URL picks the PostgreSQL (else the benches' embedded one on :5435).
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { createRequire } from "node:module"
import os from "node:os"
import path from "node:path"
import { databaseUrl, ensureDatabase, query } from "../packages/devkit/src/database.mjs"
import { ensureAppRole } from "../packages/devkit/src/db-roles.cjs"
import { BACKEND_SERVER_DIR } from "../packages/devkit/src/paths.mjs"
import { run, stopAll } from "../packages/devkit/src/processes.mjs"
import { backendEnv, ensureAdmin, migrate, publishableKey, seed, startBackend } from "../packages/devkit/src/shop.mjs"
import { turbo } from "../packages/devkit/src/turbo.mjs"
import { BENCH_ADMIN, benchLog, percentiles, shopApi } from "./shop.mjs"
import { benchDatabase } from "./synthetic-orders.mjs"

const require = createRequire(import.meta.url)
/** This folder: the `medusa exec` scripts beside this one. */
const BENCH_DIR = path.dirname(new URL(import.meta.url).pathname)
const { ACCOUNT, millionFill, millionSizes, invoiceNumberingProblems } = require("./million-orders.cjs")

const option = (name, fallback) =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback
const ORDERS = Number(process.env.MILLION_ORDERS || 1_000_000)
const CUSTOMERS = Number(process.env.MILLION_CUSTOMERS || Math.max(10, Math.floor(ORDERS / 10)))
const SIZE = millionSizes({ orders: ORDERS, customers: CUSTOMERS })
const RUNS = Number(option("runs", 5))
const EXPLAIN = process.argv.includes("--explain")
const ONLY = option("only", "")
const PORT = 9210
const DB = { template: "helder_bench_million_tpl", shop: "helder_bench_million", retention: "helder_bench_million_ret" }
const MARK = `million v2 orders=${ORDERS} customers=${CUSTOMERS}`

const seconds = (ms) => (ms / 1000).toFixed(1)
const ms = (value) => `${value.toFixed(0)} ms`
/** Each figure is printed as soon as it is measured, so a later failure keeps what came before. */
const note = (line) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`)
/** Runs one measurement; a failure is printed and the next measurement still runs. */
async function attempt(name, body) {
  try {
    return await body()
  } catch (error) {
    note(`${name} FAILED: ${error.message}`)
    return null
  }
}
const timed = async (body) => {
  const started = performance.now()
  const value = await body()
  return { value, ms: performance.now() - started }
}

await turbo(["run", "build", "--filter=@helder/backend", "--output-logs=errors-only"])
const { settings, connect, drop, copy, stop } = await benchDatabase()
const envFor = (database, extra = {}) =>
  backendEnv({
    databaseUrl: databaseUrl(settings, database),
    port: PORT,
    storefrontUrl: "http://localhost:8210",
    extra,
  })

/** Runs `body` with a connection to the database and closes it. */
async function using(database, body) {
  const db = connect(database)
  try {
    return await body(db)
  } finally {
    await db.destroy()
  }
}

/** The template: migrated, seeded, filled and analysed; made again only when missing, of another size, or --fresh. */
async function template() {
  const [existing] = await query(
    settings,
    "postgres",
    `select shobj_description(oid, 'pg_database') as mark from pg_database where datname = $1`,
    [DB.template],
  )
  if (existing?.mark === MARK && !process.argv.includes("--fresh")) {
    console.log(`template ${DB.template} (${MARK}) kept from an earlier run`)
    return
  }
  await ensureDatabase(settings, DB.template, { fresh: true })
  const env = envFor(DB.template)
  const setUp = await timed(async () => {
    await migrate(env)
    await seed(env)
  })
  console.log(`migrated and seeded in ${seconds(setUp.ms)} s`)
  await using(DB.template, async (db) => {
    const [region] = (await db.raw(`select id from region where deleted_at is null order by created_at limit 1`)).rows
    const [channel] = (
      await db.raw(`select id from sales_channel where deleted_at is null order by created_at limit 1`)
    ).rows
    const statements = millionFill({
      orders: ORDERS,
      customers: CUSTOMERS,
      regionId: region?.id,
      salesChannelId: channel?.id,
    })
    const filled = await timed(async () => {
      for (const [sql, bindings] of statements) {
        const step = await timed(() => db.raw(sql, bindings))
        console.log(`  ${seconds(step.ms).padStart(7)} s  ${sql.replace(/\s+/g, " ").trim().slice(0, 70)}`)
      }
    })
    const analysed = await timed(() => db.raw("vacuum analyze"))
    console.log(`generated in ${seconds(filled.ms)} s, vacuum analyze ${seconds(analysed.ms)} s`)
    const numbering = await invoiceNumberingProblems(db)
    if (numbering.problems.length) throw new Error(`invoice numbering: ${numbering.problems.slice(0, 10).join("; ")}`)
    console.log(`invoice numbering checked over ${numbering.documents} documents: no gap, no duplicate, counters agree`)
  })
  await query(settings, "postgres", `comment on database "${DB.template}" is '${MARK}'`)
  const [{ size }] = await query(settings, "postgres", `select pg_size_pretty(pg_database_size($1)) as size`, [
    DB.template,
  ])
  console.log(`template ${DB.template}: ${size}`)
}

/** Times a GET `count` times (after one warm-up) and checks it answers 200. */
async function timeGet(url, headers, count) {
  const times = []
  let body
  for (let i = 0; i <= count; i++) {
    const started = performance.now()
    const response = await fetch(url, { headers })
    body = await response.json()
    if (!response.ok) throw new Error(`${url}: ${response.status} ${body.message}`)
    if (i > 0) times.push(performance.now() - started)
  }
  return { times, body }
}

/** A request logged at the desk for the address and verified, as staff do before running it. */
async function deskRequest(api, admin, kind, email) {
  const { request } = await api("/admin/privacy-requests", {
    method: "POST",
    headers: admin,
    body: { kind, email, received_on: new Date().toISOString().slice(0, 10) },
  })
  await api(`/admin/privacy-requests/${request.id}/actions`, {
    method: "POST",
    headers: admin,
    body: { action: "verify_identity", method: "benchmark" },
  })
  return request.id
}

/** The backend's start on the copy (what `npm start` does for it), then the admin measurements. */
async function shopFigures() {
  await drop(DB.shop)
  const copying = await timed(() => copy(DB.shop, DB.template))
  console.log(`copied the template in ${seconds(copying.ms)} s`)
  const env = envFor(DB.shop)
  if (process.argv.includes("--drop-indexes"))
    await using(DB.shop, (db) => db.raw(`drop index if exists "IDX_order_created_at_helder"`))
  await ensureAdmin(settings, DB.shop, env, BENCH_ADMIN)
  const appSettings = await ensureAppRole(settings, DB.shop)
  const boot = {
    migrate: (await timed(() => migrate(env))).ms,
    seed: (await timed(() => seed(env))).ms,
    backend: (
      await timed(() => startBackend({ ...env, DATABASE_URL: databaseUrl(appSettings, DB.shop) }, { onLine: benchLog }))
    ).ms,
  }
  note(`boot: migrate ${seconds(boot.migrate)} s, seed ${seconds(boot.seed)} s, backend ${seconds(boot.backend)} s`)
  const shop = { backendUrl: `http://localhost:${PORT}`, key: await publishableKey(settings, DB.shop) }
  const { api, staff } = shopApi(shop)
  const admin = await staff()
  const fields =
    "fields=id,status,created_at,email,display_id,payment_status,fulfillment_status,total,currency_code,customer.id,customer.email,customer.first_name,customer.last_name,shipping_address.first_name,shipping_address.last_name,shipping_address.address_1,shipping_address.postal_code,shipping_address.city"
  const lists = {
    "page 1": `/admin/orders?limit=20&offset=0&order=-created_at&${fields}`,
    "page 50": `/admin/orders?limit=20&offset=980&order=-created_at&${fields}`,
    "page 5 000": `/admin/orders?limit=20&offset=99980&order=-created_at&${fields}`,
    "search e-mail": `/admin/orders?limit=20&offset=0&order=-created_at&q=${encodeURIComponent(ACCOUNT.email(12))}&${fields}`,
  }
  const admins = {}
  for (const [name, url] of Object.entries(lists)) {
    // A search by personal data states its reason, as Medusa Admin asks staff to.
    const headers = name.startsWith("search") ? { ...admin, "x-helder-reason": "benchmark search" } : admin
    admins[name] = await timeGet(`${shop.backendUrl}${url}`, headers, RUNS)
    const t = percentiles(admins[name].times)
    note(`admin list ${name}: p50 ${ms(t.p50)}, p95 ${ms(t.p95)}`)
  }
  const firstPage = admins["page 1"].body
  if (firstPage.orders.length !== 20 || firstPage.count !== ORDERS)
    throw new Error(`the order list shows ${firstPage.orders.length} of ${firstPage.count} orders, not 20 of ${ORDERS}`)
  if (firstPage.orders.some((o) => o.email && !o.email.includes("•")))
    throw new Error("the order list shows an unmasked e-mail address")
  const desk = await attempt("desk list", async () => ({
    "open requests": await timeGet(`${shop.backendUrl}/admin/privacy-requests?status=open&limit=50`, admin, RUNS),
    "all, page 1": await timeGet(`${shop.backendUrl}/admin/privacy-requests?status=all&limit=50`, admin, RUNS),
    "all, page 20": await timeGet(
      `${shop.backendUrl}/admin/privacy-requests?status=all&limit=50&offset=950`,
      admin,
      RUNS,
    ),
    erasures: await timeGet(`${shop.backendUrl}/admin/privacy-requests?status=all&kind=erasure&limit=50`, admin, RUNS),
  }))
  if (desk) note(`desk list: p95 ${ms(percentiles(Object.values(desk).flatMap((d) => d.times)).p95)}`)

  // Export of account 1 (SIZE.heavy orders with their invoices), three times.
  const exports = []
  for (let i = 0; i < 3; i++) {
    const done = await attempt("export", async () => {
      const id = await deskRequest(api, admin, "export", ACCOUNT.email(1))
      const started = performance.now()
      const response = await fetch(`${shop.backendUrl}/admin/privacy-requests/${id}/export`, {
        method: "POST",
        headers: admin,
        body: JSON.stringify({ reason: "benchmark" }),
      })
      const bytes = (await response.arrayBuffer()).byteLength
      if (!response.ok) throw new Error(`export: ${response.status}`)
      exports.push({ ms: performance.now() - started, bytes })
      note(`export: ${ms(exports.at(-1).ms)}, ${(bytes / 1024).toFixed(0)} kB`)
      return true
    })
    if (!done) break
  }
  /** Runs one of the bench's `medusa exec` profiles on the shop's database and prints the lines its figures are on. */
  const profile = (name, script, args, figures) =>
    attempt(name, async () => {
      const output = await run("medusa", ["exec", path.join(BENCH_DIR, script), ...args], {
        cwd: BACKEND_SERVER_DIR,
        env: { ...env, DATABASE_URL: databaseUrl(appSettings, DB.shop) },
        quiet: true,
      })
      note(
        `${name}:\n${output
          .split("\n")
          .filter((line) => figures.test(line))
          .join("\n")}`,
      )
    })
  if (EXPLAIN) {
    // Where the export's time goes, kind by kind, and the residue scan's, table by table, for the erasure's account.
    await profile("export profile", "export-profile.cjs", [ACCOUNT.email(1)], /ms$|rows|files/)
    await profile("scan profile", "scan-profile.cjs", [ACCOUNT.email(2), ACCOUNT.first(2), ACCOUNT.last], /ms$|^scan:/)
  }
  /** Erases an account from the desk (POST /admin/privacy-requests/:id/erase) and times the answer. */
  const erase = async (email) => {
    const erasureId = await deskRequest(api, admin, "erasure", email)
    // Node's fetch gives up on an answer after 300 s: past that, the request's own status says when it was done.
    const started = performance.now()
    let run = await api(`/admin/privacy-requests/${erasureId}/erase`, {
      method: "POST",
      headers: admin,
      body: { reason: "benchmark" },
    }).then(
      (value) => ({ value, ms: performance.now() - started }),
      (error) => ({ error }),
    )
    // An answer with an error status is the erasure's; only a connection that gave up is waited out.
    if (run.error && !(run.error instanceof TypeError)) throw run.error
    while (run.error) {
      const { request } = await api(`/admin/privacy-requests/${erasureId}`, { headers: admin })
      // The request counts as completed from the erasure's claim on; it is done with its receipt or night's check.
      if (request.status === "completed")
        run = { value: { outcome: "erased (polled)" }, ms: performance.now() - started }
      else await new Promise((resolve) => setTimeout(resolve, 1000))
      if (performance.now() - started > 1_800_000) throw run.error
    }
    return { id: erasureId, ms: run.ms, outcome: run.value.outcome }
  }
  /** The night's residue check for the erasures waiting for it; its line of figures. */
  const nightCheck = async () => {
    const started = performance.now()
    const output = await run("medusa", ["exec", path.join(BENCH_DIR, "check-erasures.cjs")], {
      cwd: BACKEND_SERVER_DIR,
      env: { ...env, DATABASE_URL: databaseUrl(appSettings, DB.shop) },
      quiet: true,
    })
    return { ms: performance.now() - started, line: output.split("\n").find((line) => line.startsWith("check:")) }
  }
  // Erasure of account 2 (SIZE.heavy orders, all delivered and closed): at this size its residue scan waits for the
  // night's check, timed for account 2 alone and then for four accounts erased the same day (one search for all).
  const erasure = await attempt("erasure", async () => {
    if (ONLY === "lists") return null
    const first = await erase(ACCOUNT.email(2))
    const alone = await nightCheck()
    const more = []
    for (const n of [3, 4, 5, 6]) more.push(await erase(ACCOUNT.email(n)))
    const together = await nightCheck()
    // How each of the four ended: erased and checked, deferred for open orders, or held for residue (and where).
    for (const erased of more) {
      const { request } = await api(`/admin/privacy-requests/${erased.id}`, { headers: admin })
      Object.assign(erased, { status: request.status, reason: request.deferred_reason })
    }
    const detail = await api(`/admin/privacy-requests/${first.id}`, { headers: admin })
    const result = { ...first, more, alone, together, receipt: detail.request.receipt }
    note(
      `erasure: ${ms(first.ms)}, ${first.outcome}; night's check alone: ${alone.line}; four erasures ${more.map((e) => `${ms(e.ms)} ${e.status} ${e.reason ?? ""}`).join(", ")}, their check: ${together.line}; scan ${JSON.stringify(result.receipt?.scan ?? null).slice(0, 400)}`,
    )
    return result
  })
  if (EXPLAIN) await attempt("explain", explainLists)
  await stopAll()
  return { boot, admins, desk, exports, erasure }
}

/** EXPLAIN (ANALYZE, BUFFERS) of statements like those the order list sends for its slowest pages. */
async function explainLists() {
  await using(DB.shop, async (db) => {
    for (const sql of [
      `select count(*) from "order" o where o.deleted_at is null and o.is_draft_order = false`,
      `select o.id from "order" o where o.deleted_at is null and o.is_draft_order = false order by o.created_at desc limit 20 offset 99980`,
      `select o.id from "order" o where o.deleted_at is null and (o.email ilike '%${ACCOUNT.email(12)}%' or o.display_id::text ilike '%${ACCOUNT.email(12)}%') order by o.created_at desc limit 20`,
      // Helder's search by a whole e-mail address (backend/src/api/admin/orders/middlewares.ts).
      `select id from "order" where lower(email) = lower('${ACCOUNT.email(12)}') and deleted_at is null`,
    ]) {
      const { rows } = await db.raw(`explain (analyze, buffers) ${sql}`)
      console.log(`\n${sql}\n${rows.map((r) => r["QUERY PLAN"]).join("\n")}`)
    }
  })
}

/**
 * The nightly run on a fresh copy, twice: as of three years after the first delivery (a year of orders past their
 * two years: a backlog), then a day later (one day's expiry). bench/million-retention.cjs runs in `medusa exec`.
 */
async function retentionFigures() {
  await drop(DB.retention)
  await copy(DB.retention, DB.template)
  // As the shop runs it: migrated (indexes added since the template was made) and connected as the shop's role.
  await migrate(envFor(DB.retention))
  const appSettings = await ensureAppRole(settings, DB.retention)
  const [{ first }] = await using(
    DB.retention,
    async (db) =>
      (await db.raw(`select min(delivered_at) as first from fulfillment where delivered_at is not null`)).rows,
  )
  const yearLater = new Date(new Date(first).getTime() + 3 * 365.25 * 86400_000)
  const asOf = [yearLater, new Date(yearLater.getTime() + 86400_000)]
  const dir = mkdtempSync(path.join(os.tmpdir(), "helder-million-"))
  try {
    const results = []
    for (const moment of asOf) {
      const out = path.join(dir, `${moment.getTime()}.json`)
      const script = path.join(BENCH_DIR, "million-retention.cjs")
      await run("medusa", ["exec", script, moment.toISOString()], {
        cwd: BACKEND_SERVER_DIR,
        env: {
          ...envFor(DB.retention),
          DATABASE_URL: databaseUrl(appSettings, DB.retention),
          MILLION_RETENTION_OUT: out,
        },
        quiet: true,
      })
      results.push({ asOf: moment, ...JSON.parse(readFileSync(out, "utf8")) })
      const r = results.at(-1)
      const t = percentiles(r.transactions)
      note(
        `retention as of ${moment.toISOString().slice(0, 10)}: ${seconds(r.ms)} s, ${r.transactions.length} transactions, p95 ${ms(t.p95)}, max ${ms(Math.max(...r.transactions))}; ${r.steps
          .filter((x) => x.rows)
          .map((x) => `${x.rule}:${x.action} ${x.rows} rows/${x.batches} batches`)
          .join(", ")}`,
      )
    }
    if (EXPLAIN) await attempt("explain retention", () => explainPurger(asOf.at(-1)))
    return results
  } finally {
    rmSync(dir, { recursive: true, force: true })
    await drop(DB.retention)
  }
}

/** EXPLAIN ANALYZE of the order purger's selection as the engine's last batch of a run makes it (nothing left). */
async function explainPurger(asOf) {
  const built = createRequire(path.join(BACKEND_SERVER_DIR, "package.json"))
  const { PURGERS } = built("./src/personal-data/retention-purgers.js")
  const { retentionCutoff } = built("@helder/privacy")
  const { dataMap } = built("./src/lib/data-map.js")
  const rule = dataMap.retention.find((r) => r.id === "order-personal-data")
  const purger = PURGERS.find((p) => p.rule === rule.id)
  await using(DB.retention, (db) =>
    db.transaction(async (trx) => {
      // As the shop's role runs it (packages/devkit/src/db-roles.cjs turns its JIT off).
      await trx.raw("set local jit = off")
      const explaining = {
        async raw(sql, bindings) {
          const { rows } = await trx.raw(`explain (analyze, buffers) ${sql}`, bindings)
          console.log(`\n${sql.replace(/\s+/g, " ")}\n${rows.map((row) => row["QUERY PLAN"]).join("\n")}`)
          return { rows: [] }
        },
      }
      await purger.select(explaining, { rule, cutoff: retentionCutoff(rule, asOf), after: null, limit: 500 })
    }),
  )
}

try {
  await template()
  if (ONLY === "retention") {
    for (const r of (await attempt("retention", retentionFigures)) ?? []) {
      const t = percentiles(r.transactions)
      console.log(
        `as of ${r.asOf.toISOString()}: ${JSON.stringify({ ms: r.ms, tx: r.transactions.length, p50: t.p50, p95: t.p95, max: Math.max(...r.transactions), steps: r.steps.filter((s) => s.rows) })}`,
      )
    }
  } else if (ONLY !== "generate") {
    const shop = await shopFigures()
    const retention = ONLY ? [] : ((await attempt("retention", retentionFigures)) ?? [])
    await drop(DB.shop)

    console.log(
      `\nA shop of ${ORDERS} orders, ${CUSTOMERS} accounts, ${SIZE.requests} privacy requests (${RUNS} timed requests per row after one warm-up)`,
    )
    console.log(
      `\nnpm start's backend part: migrations (none pending) ${seconds(shop.boot.migrate)} s, seed check ${seconds(shop.boot.seed)} s, backend to /health ${seconds(shop.boot.backend)} s: ${seconds(shop.boot.migrate + shop.boot.seed + shop.boot.backend)} s`,
    )
    const table = (title, rows) => {
      console.log(`\n${title}                p50 ms   p95 ms   max ms`)
      const all = []
      for (const [name, { times }] of Object.entries(rows)) {
        all.push(...times)
        const t = percentiles(times)
        console.log(
          `  ${name.padEnd(28)} ${t.p50.toFixed(0).padStart(7)} ${t.p95.toFixed(0).padStart(8)} ${Math.max(...times)
            .toFixed(0)
            .padStart(8)}`,
        )
      }
      const t = percentiles(all)
      console.log(
        `  ${`all ${all.length}`.padEnd(28)} ${t.p50.toFixed(0).padStart(7)} ${t.p95.toFixed(0).padStart(8)} ${Math.max(
          ...all,
        )
          .toFixed(0)
          .padStart(8)}`,
      )
    }
    table("GET /admin/orders (masked, 20 a page)", shop.admins)
    if (shop.desk) table("GET /admin/privacy-requests (50 a page)", shop.desk)
    if (shop.exports.length)
      console.log(
        `\nexport of account 1 (${SIZE.heavy} orders and their invoice PDFs): ${shop.exports.map((e) => ms(e.ms)).join(", ")} (zip ${(shop.exports[0].bytes / 1024).toFixed(0)} kB)`,
      )
    const scan = shop.erasure?.receipt?.scan
    if (shop.erasure)
      console.log(
        `erasure of account 2 (${SIZE.heavy} orders): ${ms(shop.erasure.ms)}, outcome ${shop.erasure.outcome}, residue scan ${scan?.passed ? "passed" : "FAILED"} over ${scan?.columns} columns in ${scan?.ms} ms\n` +
          `  the night's check for it alone: ${shop.erasure.alone.line}\n` +
          `  four more erasures: ${shop.erasure.more.map((e) => `${ms(e.ms)} (${e.outcome}, then ${e.status}${e.reason ? `: ${e.reason}` : ""})`).join(", ")}; the night's check for them: ${shop.erasure.together.line}`,
      )
    console.log(
      "\nretention run (runRetention, as the nightly job)          total s   transactions   tx p50 ms   p95 ms   max ms",
    )
    for (const r of retention) {
      const t = percentiles(r.transactions)
      const orders = r.steps.find((s) => s.rule === "order-personal-data")
      console.log(
        `  as of ${r.asOf.toISOString().slice(0, 10)}: ${String(orders?.rows ?? 0).padStart(7)} orders, ${String(r.steps.reduce((n, s) => n + s.rows, 0)).padStart(7)} rows in all ${seconds(r.ms).padStart(8)} ${String(r.transactions.length).padStart(14)} ${t.p50.toFixed(0).padStart(11)} ${t.p95.toFixed(0).padStart(8)} ${Math.max(
          ...r.transactions,
        )
          .toFixed(0)
          .padStart(8)}`,
      )
      for (const s of r.steps.filter((s) => s.rows))
        console.log(`      ${s.rule} (${s.action}): ${s.rows} rows in ${s.batches} batches`)
    }
  }
} finally {
  await stopAll()
  await drop(DB.shop).catch(() => {})
  await stop()
}
