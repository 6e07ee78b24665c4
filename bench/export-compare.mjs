// `node bench/export-compare.mjs [--before=<git rev>] [--runs=5]`: a registered customer's data export (account 1 of
// bench/million.mjs's shop: 500 orders with their invoice PDFs) by the code as it is and by the export code of an
// earlier commit, in one run on one database (bench/export-compare.cjs, in `medusa exec` against the production build,
// connected as the shop's role). The shop is bench/million.mjs's template: the one there is, whatever its size, or one
// of EXPORT_ORDERS orders (200 000 unless set; about two minutes to make, then kept); the export runs on a copy,
// dropped afterwards. Prints each run, the medians, a profile kind by kind, and whether the two versions' zips hold
// the same files byte for byte (exit code 1 when they do not).
// DATABASE_URL picks the PostgreSQL (else the benches' embedded one on :5435).
import { createRequire } from "node:module"
import path from "node:path"
import { databaseUrl, query } from "../packages/devkit/src/database.mjs"
import { ensureAppRole } from "../packages/devkit/src/db-roles.cjs"
import { BACKEND_SERVER_DIR, ROOT } from "../packages/devkit/src/paths.mjs"
import { run } from "../packages/devkit/src/processes.mjs"
import { backendEnv, migrate } from "../packages/devkit/src/shop.mjs"
import { benchDatabase } from "./synthetic-orders.mjs"

const require = createRequire(import.meta.url)
const { ACCOUNT } = require("./million-orders.cjs")

const option = (name, fallback) =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback
// The last commit with the three passes over the order graph and the three reads of the invoice documents.
const BEFORE = option("before", "afceb1c")
const RUNS = option("runs", "5")
const TEMPLATE = "helder_bench_million_tpl"
const COPY = "helder_bench_export"

/** The size bench/million.mjs marked its template with, if there is one ("million orders=… customers=…"). */
async function templateSize() {
  const { settings, stop } = await benchDatabase()
  try {
    const [row] = await query(
      settings,
      "postgres",
      `select shobj_description(oid, 'pg_database') as mark from pg_database where datname = $1`,
      [TEMPLATE],
    )
    const [, orders, customers] = /orders=(\d+) customers=(\d+)/.exec(row?.mark ?? "") ?? []
    return orders ? { MILLION_ORDERS: orders, MILLION_CUSTOMERS: customers } : null
  } finally {
    await stop()
  }
}

// A template of any size is used as it is (a million orders take a quarter of an hour to make again), unless
// EXPORT_ORDERS asks for another; without one, one of 200 000 orders is made. This also builds the backend (cached).
const size = (!process.env.EXPORT_ORDERS && (await templateSize())) || {
  MILLION_ORDERS: process.env.EXPORT_ORDERS || "200000",
}
await run("node", [path.join(ROOT, "bench/million.mjs"), "--only=generate"], { env: size })
const { settings, drop, copy, stop } = await benchDatabase()
try {
  await drop(COPY)
  await copy(COPY, TEMPLATE)
  const env = backendEnv({
    databaseUrl: databaseUrl(settings, COPY),
    port: 9211,
    storefrontUrl: "http://localhost:8211",
  })
  // Migrations added since the template was made, as the shop would run them.
  await migrate(env)
  const appSettings = await ensureAppRole(settings, COPY)
  const output = await run(
    "medusa",
    ["exec", path.join(ROOT, "bench/export-compare.cjs"), ACCOUNT.email(1), BEFORE, RUNS],
    { cwd: BACKEND_SERVER_DIR, env: { ...env, DATABASE_URL: databaseUrl(appSettings, COPY) }, quiet: true },
  )
  console.log(
    `\nExport of ${ACCOUNT.email(1)} on a shop of ${size.MILLION_ORDERS} orders: before = ${BEFORE}, after = this tree`,
  )
  // medusa exec's own log lines are JSON (production) or start with a level; the figures are neither.
  console.log(
    output
      .split("\n")
      .filter((line) => line && !/^\s*(\{"level"|info\b|warn\b|debug\b|http\b)/.test(line))
      .join("\n"),
  )
  if (/zips DIFFER/.test(output)) process.exitCode = 1
} finally {
  await drop(COPY).catch(() => {})
  await stop()
}
