import { createRequire } from "node:module"
import { randomBytes } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { databaseUrl, query } from "./database.mjs"
import { ensureAppRole, ensureOwner } from "./db-roles.cjs"
import { BACKEND_SERVER_DIR, DATA_DIR, STOREFRONT_DIR } from "./paths.mjs"
import { assertPortFree, launch, run, waitForHttp } from "./processes.mjs"

const CLUSTER_SCRIPT = fileURLToPath(new URL("./backend-cluster.mjs", import.meta.url))
const SECRET_NAMES = ["JWT_SECRET", "COOKIE_SECRET", "STOREFRONT_SECRET"]

/** Random secrets made once and kept in .data, so sessions survive a restart; missing ones are added. */
export function localSecrets() {
  const file = path.join(DATA_DIR, "secrets.json")
  const secrets = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {}
  const missing = SECRET_NAMES.filter((name) => !secrets[name])
  if (missing.length > 0) {
    for (const name of missing) secrets[name] = randomBytes(32).toString("hex")
    mkdirSync(DATA_DIR, { recursive: true })
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  }
  return secrets
}

/** The environment the built backend runs with: production mode over plain http on this machine. */
/**
 * The demo operator's values (packages/privacy, DEMO_OPERATOR_ENV) for every one not set in this
 * environment: production mode refuses to start without them. Read when called, after the build.
 */
function demoOperator() {
  const { DEMO_OPERATOR_ENV } = createRequire(import.meta.url)("@helder/privacy")
  return Object.fromEntries(Object.entries(DEMO_OPERATOR_ENV).map(([key, demo]) => [key, process.env[key] || demo]))
}

export function backendEnv({ databaseUrl, port, storefrontUrl, extra = {} }) {
  const backendUrl = `http://localhost:${port}`
  return {
    ...localSecrets(),
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    MEDUSA_BACKEND_URL: backendUrl,
    STORE_CORS: storefrontUrl,
    ADMIN_CORS: backendUrl,
    AUTH_CORS: `${storefrontUrl},${backendUrl}`,
    HELDER_INSECURE_COOKIES: "true",
    STOREFRONT_URL: storefrontUrl,
    HELDER_MAIL_DIR: path.join(DATA_DIR, "mail"),
    // A local shop runs (in production mode) as the demo operator, unless the operator's own values are given.
    ...demoOperator(),
    ...extra,
  }
}

/** Applies every pending migration (Medusa's and Helder's modules and links). */
export async function migrate(env) {
  await run("medusa", ["db:migrate"], { cwd: BACKEND_SERVER_DIR, env })
}

/** Runs the catalog seed; it checks by itself whether it already ran. */
export async function seed(env) {
  await run("medusa", ["exec", "./src/scripts/seed.js"], { cwd: BACKEND_SERVER_DIR, env })
}

/**
 * Creates the admin user when missing; returns whether it was created. While the shop has no owner,
 * this user becomes it (roles deny by default: without one nobody could give roles). The owner sets
 * up two-factor login at the first login, under their profile in Medusa Admin.
 */
export async function ensureAdmin(settings, database, env, { email, password }) {
  const rows = await query(settings, database, `SELECT 1 FROM "user" WHERE email = $1 AND deleted_at IS NULL`, [email])
  const created = rows.length === 0
  // --name=value keeps a password that starts with "-" from being read as another option.
  if (created)
    await run("medusa", ["user", `--email=${email}`, `--password=${password}`], {
      cwd: BACKEND_SERVER_DIR,
      env,
      quiet: true,
    })
  await ensureOwner(settings, database, email)
  return created
}

/** The storefront's publishable API key, read from the database the seed wrote it to. */
export async function publishableKey(settings, database) {
  const rows = await query(
    settings,
    database,
    `SELECT token FROM api_key WHERE type = 'publishable' AND revoked_at IS NULL AND deleted_at IS NULL
     ORDER BY (title = 'Helder webshop') DESC, created_at ASC LIMIT 1`,
  )
  if (!rows[0]) throw new Error("no publishable API key found: did the seed run?")
  return rows[0].token
}

/**
 * Starts the built backend and waits for /health: one process, or with REDIS_URL a cluster of server
 * processes and a worker (backend-cluster.mjs; BACKEND_SERVERS and BACKEND_WORKERS change the counts).
 */
export async function startBackend(env, { onLine } = {}) {
  await assertPortFree(Number(env.PORT))
  const child = launch("backend", "node", [CLUSTER_SCRIPT], { cwd: BACKEND_SERVER_DIR, env, onLine })
  await waitForHttp(`${env.MEDUSA_BACKEND_URL}/health`, { child })
  return child
}

/** Starts the built storefront against a backend and waits for its home page. */
export async function startStorefront({ port, backendUrl, publishableKey, extra = {} }, { onLine } = {}) {
  await assertPortFree(port)
  const env = {
    NODE_ENV: "production",
    PORT: String(port),
    MEDUSA_BACKEND_URL: backendUrl,
    MEDUSA_PUBLISHABLE_KEY: publishableKey,
    STOREFRONT_SECRET: localSecrets().STOREFRONT_SECRET,
    ...extra,
  }
  // server.cjs is `next start` with an X-Forwarded-For the shopper cannot forge (storefront/src/lib/forwarded-for.cjs).
  const child = launch("storefront", "node", ["server.cjs"], { cwd: STOREFRONT_DIR, env, onLine })
  await waitForHttp(`http://localhost:${port}/nl`, { child })
  return child
}

/**
 * Migrates and seeds (as the database owner) and starts a built shop (as the app role) on the given
 * database and ports: what `npm start`, the e2e tests and the benchmarks share. Returns the URLs and
 * the backend's environment (with the owner's DATABASE_URL, for tools that migrate or inspect).
 */
export async function bringUpShop({ settings, database, backendPort, storefrontPort, admin, extra = {}, onLine }) {
  const storefrontUrl = `http://localhost:${storefrontPort}`
  const env = backendEnv({ databaseUrl: databaseUrl(settings, database), port: backendPort, storefrontUrl, extra })
  await migrate(env)
  await seed(env)
  const adminCreated = await ensureAdmin(settings, database, env, admin)
  // Migrations and the seed ran as the owner; the backend runs as the app role, which cannot rewrite history.
  const appSettings = await ensureAppRole(settings, database)
  await startBackend({ ...env, DATABASE_URL: databaseUrl(appSettings, database) }, { onLine })
  const key = await publishableKey(settings, database)
  await startStorefront(
    { port: storefrontPort, backendUrl: env.MEDUSA_BACKEND_URL, publishableKey: key, extra },
    { onLine },
  )
  return { env, key, storefrontUrl, backendUrl: env.MEDUSA_BACKEND_URL, adminCreated }
}
