// Run by `medusa exec bench/scan-profile.cjs <e-mail> <first name> <last name>` from the backend's build on a shop's
// database: the erasure's residue scan (personal-data/residue-scan) for that person, read-only, with each table's
// statement timed, so the tables that make a scan slow show (BENCHMARKS.md, "A million orders"). Prints the total
// and the ten slowest tables.
const { createRequire } = require("node:module")
const path = require("node:path")

async function scanProfile({ container, args }) {
  const build = createRequire(path.join(process.cwd(), "package.json"))
  const { ContainerRegistrationKeys } = build("@medusajs/framework/utils")
  const { personTokens, scanResidue } = build("./src/personal-data/residue-scan.js")
  const [email, first, last] = args
  if (!last) throw new Error("usage: medusa exec scan-profile.cjs <e-mail> <first name> <last name>")
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const times = []
  // Every table is one statement whose text names it: `… from "<table>" …`. Fragments the scan only quotes
  // (`.toQuery()`) stay knex's own.
  const timed = {
    raw(sql, bindings) {
      if (!sql.startsWith("select")) return pg.raw(sql, bindings)
      const started = performance.now()
      const table = /from "([a-z_]+)"/.exec(sql)?.[1] ?? "(columns)"
      return pg.raw(sql, bindings).then((result) => {
        times.push({ table, ms: performance.now() - started })
        return result
      })
    },
  }
  const tokens = personTokens({ strings: [email], phones: [], names: [{ first, last }] })
  // As the erasure scans: the held columns only for the person's own orders.
  const { rows } = await pg.raw(`select id from "order" where lower(email) = lower(?)`, [email])
  const scan = await scanResidue(timed, tokens, { orderIds: rows.map((row) => row.id) })
  console.log(
    `scan: ${scan.ms} ms over ${scan.tables} tables, ${scan.columns} columns; hits ${JSON.stringify(scan.hits)}`,
  )
  for (const { table, ms } of times.sort((a, b) => b.ms - a.ms).slice(0, 10))
    console.log(`${table.padEnd(32)} ${ms.toFixed(0).padStart(8)} ms`)
}

module.exports = { default: scanProfile }
