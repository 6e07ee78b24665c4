// `npm start`: brings up the whole shop on this machine — database, build, migrations, seed, admin
// user, backend and storefront — and takes it all down again on Ctrl-C.
import { randomBytes } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import path from "node:path"
import { clusterPlan } from "./backend-cluster.mjs"
import { configuredDatabase, ensureDatabase, startEmbeddedPostgres } from "./database.mjs"
import { DATA_DIR } from "./paths.mjs"
import { stopAll } from "./processes.mjs"
import { bringUpShop } from "./shop.mjs"
import { turbo } from "./turbo.mjs"

const BACKEND_PORT = Number(process.env.BACKEND_PORT || 9000)
const STOREFRONT_PORT = Number(process.env.STOREFRONT_PORT || 8000)
const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT || 5433)

let embedded = null
let stopping = false

async function shutdown(code) {
  if (stopping) return
  stopping = true
  console.log("\nHelder: stopping…")
  await stopAll()
  if (embedded) await embedded.stop().catch(() => {})
  process.exit(code)
}
process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

/** Admin credentials from ADMIN_EMAIL/ADMIN_PASSWORD, else generated once and kept in .data. */
function adminCredentials() {
  if (process.env.ADMIN_EMAIL && process.env.ADMIN_PASSWORD) {
    return { email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD, generated: false }
  }
  const file = path.join(DATA_DIR, "admin-credentials.json")
  // With DATABASE_URL nothing else creates the folder before this.
  mkdirSync(DATA_DIR, { recursive: true })
  if (existsSync(file)) return { ...JSON.parse(readFileSync(file, "utf8")), generated: false }
  const credentials = { email: "admin@helder.local", password: randomBytes(12).toString("base64url") }
  writeFileSync(file, JSON.stringify(credentials, null, 2), { mode: 0o600 })
  return { ...credentials, generated: true }
}

async function main() {
  const started = Date.now()
  // Refused before anything is built or started: cluster mode without Redis.
  const plan = clusterPlan()
  let settings = configuredDatabase()
  let database = settings?.database ?? "helder"
  if (!settings) {
    console.log(
      `Helder: no DATABASE_URL set, starting the embedded PostgreSQL on port ${EMBEDDED_PORT} (data in .data/postgres)`,
    )
    const pg = await startEmbeddedPostgres({ name: "postgres", port: EMBEDDED_PORT })
    embedded = pg.server
    settings = pg.settings
    database = "helder"
  }
  await ensureDatabase(settings, database)

  console.log("Helder: building what is not built yet (turbo caches the rest)…")
  await turbo(["run", "build", "--output-logs=errors-only"])

  console.log("Helder: applying migrations, seeding, starting backend and storefront…")
  const admin = adminCredentials()
  const shop = await bringUpShop({
    settings,
    database,
    backendPort: BACKEND_PORT,
    storefrontPort: STOREFRONT_PORT,
    admin,
    extra: passThrough(),
  })

  console.log(`
Helder is running (ready in ${Math.round((Date.now() - started) / 1000)} s)
  Shop:   ${shop.storefrontUrl}/nl
  Admin:  ${shop.backendUrl}/app
  Backend: ${plan.servers} server process(es), ${plan.workers} worker(s)${plan.workers ? " (Redis)" : ""}`)
  if (shop.adminCreated && admin.generated) {
    console.log(`  Admin login (shown once, also in .data/admin-credentials.json): ${admin.email} / ${admin.password}`)
  } else {
    console.log(`  Admin login: ${admin.email} (password: ADMIN_PASSWORD or .data/admin-credentials.json)`)
  }
  console.log("Press Ctrl-C to stop.")
}

/** Optional integrations (Redis, Stripe, SMTP) reach the children unchanged when set. */
function passThrough() {
  const keys = ["REDIS_URL", "STRIPE_API_KEY", "STRIPE_WEBHOOK_SECRET", "NEXT_PUBLIC_STRIPE_KEY", "SMTP_URL"]
  return Object.fromEntries(keys.filter((key) => process.env[key]).map((key) => [key, process.env[key]]))
}

main().catch(async (error) => {
  console.error(`Helder: ${error.message}`)
  await shutdown(1)
})
