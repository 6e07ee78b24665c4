// `npm run retention`: the retention engine from the command line, against the shop's database
// (DATABASE_URL, or the embedded PostgreSQL that `npm start` uses). A dry run unless `--apply` is given.
import { configuredDatabase, databaseUrl, startEmbeddedPostgres } from "./database.mjs"
import { BACKEND_SERVER_DIR } from "./paths.mjs"
import { run } from "./processes.mjs"
import { backendEnv } from "./shop.mjs"
import { turbo } from "./turbo.mjs"

const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT || 5433)

async function main() {
  let settings = configuredDatabase()
  let database = settings?.database ?? "helder"
  let embedded = null
  if (!settings) {
    // The shop's own embedded database; started here when `npm start` is not running.
    const pg = await startEmbeddedPostgres({ name: "postgres", port: EMBEDDED_PORT }).catch(() => null)
    embedded = pg?.server ?? null
    settings = pg?.settings ?? { host: "localhost", port: EMBEDDED_PORT, user: "postgres", password: "helder-local" }
    database = "helder"
  }
  try {
    await turbo(["run", "build", "--filter=@helder/backend", "--output-logs=errors-only"])
    const env = backendEnv({
      databaseUrl: databaseUrl(settings, database),
      port: 0,
      storefrontUrl: process.env.STOREFRONT_URL || "http://localhost:8000",
    })
    // `medusa exec` refuses options it does not know: the script's options go as words (apply, batch-size=100).
    const args = process.argv.slice(2).map((arg) => arg.replace(/^--/, ""))
    await run("medusa", ["exec", "./src/scripts/retention.js", ...args], { cwd: BACKEND_SERVER_DIR, env })
  } finally {
    if (embedded) await embedded.stop().catch(() => {})
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error.message)
    process.exit(1)
  },
)
