// `npm run bench:residue-scan`: the erasure's residue scan, which reads every column of the schema
// inventory row by row, over 10 000 and 100 000 synthetic orders (bench/synthetic-orders.mjs). Timed for a
// person who is in the data (one customer among all, with an order) and for one who is not (what the
// scan costs after a clean erasure: nothing matches, every row is still read). Three runs each; prints a
// table. Options: --sizes=10000,100000 --runs=3
import { existsSync } from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { databaseUrl, ensureDatabase } from "../packages/devkit/src/database.mjs"
import { BACKEND_SERVER_DIR } from "../packages/devkit/src/paths.mjs"
import { backendEnv, migrate } from "../packages/devkit/src/shop.mjs"
import { turbo } from "../packages/devkit/src/turbo.mjs"
import { percentiles } from "./shop.mjs"
import { benchDatabase, FILL } from "./synthetic-orders.mjs"

const option = (name, fallback) =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback
const SIZES = option("sizes", "10000,100000").split(",").map(Number)
const RUNS = Number(option("runs", 3))
const DB = { schema: "helder_bench_scan_schema", data: "helder_bench_scan" }

const compiled = path.join(BACKEND_SERVER_DIR, "src", "personal-data")
if (!existsSync(path.join(compiled, "residue-scan.js")))
  await turbo(["run", "build", "--filter=@helder/backend", "--output-logs=errors-only"])
const require = createRequire(import.meta.url)
const { personTokens, scanResidue } = require(path.join(compiled, "residue-scan.js"))

const { settings, connect, drop, copy, stop } = await benchDatabase()

/** The tokens an erasure collects for customer i of the synthetic data (or for someone who is not in it). */
function person(i) {
  return personTokens({
    strings: [`klant${i}@example.nl`],
    phones: [`06${String(i).padStart(8, "0")}`],
    names: [{ first: `Voornaam${i}`, last: "Achternaam" }],
  })
}

const rows = []
try {
  await ensureDatabase(settings, DB.schema, { fresh: true })
  await migrate(
    backendEnv({ databaseUrl: databaseUrl(settings, DB.schema), port: 0, storefrontUrl: "http://localhost:8000" }),
  )
  for (const n of SIZES) {
    await drop(DB.data)
    await copy(DB.data, DB.schema)
    const db = connect(DB.data)
    try {
      for (const sql of FILL) await db.raw(sql, [n])
      await db.raw("vacuum analyze")
      for (const [who, tokens] of [
        ["in the data", person(Math.floor(n / 2))],
        ["not in the data", person(n + 1)],
      ]) {
        const times = []
        let scan
        for (let run = 0; run < RUNS; run++) {
          const started = performance.now()
          scan = await scanResidue(db, tokens)
          times.push(performance.now() - started)
        }
        rows.push({ n, who, times, scan })
      }
    } finally {
      await db.destroy()
    }
  }
  await drop(DB.data)
  console.log(`\nResidue scan over every inventoried column, ${RUNS} runs each`)
  console.log("  orders  person            tables  columns  patterns  hits                            p50 ms    max ms")
  for (const { n, who, times, scan } of rows) {
    const t = percentiles(times)
    const hits = scan.hits.length
      ? `${scan.hits.length} columns in ${new Set(scan.hits.map((hit) => hit.table)).size} tables`
      : "none"
    console.log(
      `${String(n).padStart(8)}  ${who.padEnd(16)}  ${String(scan.tables).padStart(6)}  ${String(scan.columns).padStart(7)}  ${String(scan.searched_for).padStart(8)}  ${hits.padEnd(30)}  ${t.p50.toFixed(0).padStart(6)}  ${Math.max(
        ...times,
      )
        .toFixed(0)
        .padStart(8)}`,
    )
  }
} finally {
  await drop(DB.data).catch(() => {})
  await drop(DB.schema).catch(() => {})
  await stop()
}
