// Run by bench/million.mjs as `medusa exec bench/million-retention.cjs <as-of ISO>` from the backend's build: the
// nightly retention run (the engine's own runRetention, a real run) with the shop's clock at the given moment, every
// transaction on the shop's connection timed. Writes { ms, steps, transactions } as JSON to MILLION_RETENTION_OUT.
const { writeFileSync } = require("node:fs")
const { createRequire } = require("node:module")
const path = require("node:path")

async function millionRetention({ container, args }) {
  // The backend's own modules, as its build loads them (the same instances: the clock set here is the engine's).
  const build = createRequire(path.join(process.cwd(), "package.json"))
  const { ContainerRegistrationKeys } = build("@medusajs/framework/utils")
  const { runRetention } = build("./src/workflows/retention/run-retention.js")
  const { setClock } = build("./src/lib/clock.js")
  const asOf = new Date(args[0])
  if (Number.isNaN(asOf.getTime()))
    throw new Error(`usage: medusa exec million-retention.cjs <as-of ISO>; got ${args[0]}`)
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const transaction = pg.transaction
  const own = Object.getOwnPropertyDescriptor(pg, "transaction")
  const transactions = []
  // Each batch of the engine is one `pg.transaction(async (trx) => …)`: timed from its start to its commit. Knex
  // defines `transaction` read-only (a plain assignment is ignored without a word), so it is redefined.
  const timedTransaction = function (...given) {
    const started = performance.now()
    const result = transaction.apply(this, given)
    if (typeof given[0] === "function" && result && typeof result.then === "function")
      result.then(
        () => transactions.push(performance.now() - started),
        () => transactions.push(performance.now() - started),
      )
    return result
  }
  Object.defineProperty(pg, "transaction", { value: timedTransaction, configurable: true, writable: true })
  setClock(() => asOf)
  try {
    const started = performance.now()
    const report = await runRetention(container, { dryRun: false, trigger: "cli" })
    const ms = performance.now() - started
    if (!report) throw new Error("another retention run holds the lock")
    writeFileSync(process.env.MILLION_RETENTION_OUT, JSON.stringify({ ms, steps: report.steps, transactions }))
  } finally {
    setClock()
    if (own) Object.defineProperty(pg, "transaction", own)
  }
}

// `medusa exec` requires the file and runs its `default` (a plain function there, or Medusa looks further down).
module.exports = { default: millionRetention }
