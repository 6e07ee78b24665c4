// Migrating a fresh database costs every suite several seconds; cloning a migrated one costs well under one.
const { spawn } = require("node:child_process")
const path = require("node:path")
const { Client } = require("pg")

/** The template this run's suites are cloned from; named after the jest process, so parallel runs never share one. */
const TEMPLATE_PREFIX = "helder_it_template_"
const templateName = (pid = process.pid) => `${TEMPLATE_PREFIX}${pid}`

/** Connection settings as @medusajs/test-utils reads them (DB_HOST, DB_PORT, DB_USERNAME, DB_PASSWORD). */
function credentials(database) {
  return {
    host: process.env.DB_HOST ?? "localhost",
    port: Number(process.env.DB_PORT ?? 5432),
    user: process.env.DB_USERNAME || "postgres",
    password: process.env.DB_PASSWORD || undefined,
    database,
  }
}

async function onServer(fn) {
  const client = new Client(credentials("postgres"))
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

const quote = (name) => `"${name.replace(/"/g, '""')}"`

function alive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return error.code === "EPERM"
  }
}

/** Runs `medusa db:migrate` on the template: the same module migrations and links the test runner applies. */
function migrate(database) {
  const { user, password, host, port } = credentials()
  const auth = password ? `${encodeURIComponent(user)}:${encodeURIComponent(password)}` : encodeURIComponent(user)
  const env = { ...process.env, DATABASE_URL: `postgres://${auth}@${host}:${port}/${database}` }
  const medusa = path.join(path.dirname(require.resolve("@medusajs/cli/package.json")), "cli.js")
  return new Promise((resolve, reject) => {
    const output = []
    // Data scripts are left out: the runner never runs them on a suite's database either.
    const child = spawn(process.execPath, [medusa, "db:migrate", "--skip-scripts"], {
      cwd: path.resolve(__dirname, ".."),
      env,
    })
    for (const stream of [child.stdout, child.stderr]) stream.on("data", (chunk) => output.push(chunk))
    child.on("error", reject)
    child.on("exit", (code) =>
      code === 0
        ? resolve()
        : reject(
            new Error(
              `migrating the template database failed (${code}):\n${Buffer.concat(output).toString().slice(-4000)}`,
            ),
          ),
    )
  })
}

/** Jest globalSetup: one migrated template per run; templates of runs that died are dropped. */
async function createTemplate() {
  const name = templateName()
  await onServer(async (client) => {
    const { rows } = await client.query("SELECT datname FROM pg_database WHERE datname LIKE $1", [
      `${TEMPLATE_PREFIX}%`,
    ])
    for (const { datname } of rows) {
      const pid = Number(datname.slice(TEMPLATE_PREFIX.length))
      if (datname === name || !alive(pid)) await client.query(`DROP DATABASE IF EXISTS ${quote(datname)} WITH (FORCE)`)
    }
    await client.query(`CREATE DATABASE ${quote(name)}`)
  })
  await migrate(name)
  // The suites find it by this name; jest's workers inherit the environment set here.
  process.env.HELDER_IT_TEMPLATE = name
}

/** Jest globalTeardown. */
async function dropTemplate() {
  await onServer((client) => client.query(`DROP DATABASE IF EXISTS ${quote(templateName())} WITH (FORCE)`))
}

/** Creates a suite's database as a copy of the template, when this run made one. */
async function cloneTemplate(database) {
  const template = process.env.HELDER_IT_TEMPLATE
  if (!template) return
  await onServer((client) => client.query(`CREATE DATABASE ${quote(database)} TEMPLATE ${quote(template)}`))
}

module.exports = { createTemplate, dropTemplate, cloneTemplate }
