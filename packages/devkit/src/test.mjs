// `npm test`: every check the project has, on a fresh machine with no set-up — typecheck, unit tests,
// backend integration tests on a real PostgreSQL, and Playwright e2e against the built shop.
import { readFile } from "node:fs/promises"
import { join } from "node:path"
import { configuredDatabase, ensureDatabase, startEmbeddedPostgres } from "./database.mjs"
import { findChromium } from "./browser.mjs"
import { findLeaks } from "./log-scan.mjs"
import { recordPass } from "./promise-ledger.mjs"
import { BACKEND_DIR, ROOT, STOREFRONT_DIR } from "./paths.mjs"
import { run, stopAll } from "./processes.mjs"
import { testRedis } from "./redis.mjs"
import { bringUpShop } from "./shop.mjs"
import { turbo } from "./turbo.mjs"

// Terminal colour codes in a runner's messages, dropped from the summary.
// eslint-disable-next-line no-control-regex
const ANSI_COLOURS = /\u001b\[[0-9;]*m/g

// Other ports (E2E_BACKEND_PORT, E2E_STOREFRONT_PORT) let a second checkout's browser tests run beside these.
const E2E_BACKEND_PORT = Number(process.env.E2E_BACKEND_PORT || 9100)
const E2E_STOREFRONT_PORT = Number(process.env.E2E_STOREFRONT_PORT || 8100)
const E2E_DATABASE = "helder_e2e"
const E2E_ADMIN = { email: "e2e-admin@helder.local", password: "e2e-admin-password-not-secret" }
// The browser tests run with Google Analytics 4 and the Meta pixel configured (their scripts are
// stubbed in the browser), so they prove both stay silent until their category is chosen.
const E2E_TAGS = { GA4_MEASUREMENT_ID: "G-HELDER2E2E", META_PIXEL_ID: "1234567890" }
/** Stripe configured as in production, its API answered by a local stand-in (Stripe.js is stubbed in the browser). */
const e2eStripe = (apiBase) => ({
  STRIPE_API_KEY: "sk_test_helder_e2e",
  STRIPE_WEBHOOK_SECRET: "whsec_helder_e2e",
  STRIPE_API_BASE: apiBase,
  NEXT_PUBLIC_STRIPE_KEY: "pk_test_helder_e2e",
})

let embedded = null
const stages = []

async function stage(name, fn) {
  const started = Date.now()
  console.log(`\n=== ${name}`)
  try {
    await fn()
    stages.push({ name, ok: true, seconds: Math.round((Date.now() - started) / 1000) })
  } catch (error) {
    stages.push({ name, ok: false, seconds: Math.round((Date.now() - started) / 1000) })
    console.error(error.message)
    throw error
  }
}

async function database() {
  const configured = configuredDatabase()
  if (configured) return configured
  console.log("Helder tests: no database settings given, starting an embedded PostgreSQL on port 5434")
  const pg = await startEmbeddedPostgres({
    name: "test-postgres",
    port: Number(process.env.EMBEDDED_TEST_PG_PORT || 5434),
  })
  embedded = pg.server
  return pg.settings
}

/** Brings up a freshly seeded shop on its own ports and runs the Playwright suite against it. */
async function e2e(settings) {
  await ensureDatabase(settings, E2E_DATABASE, { fresh: true })
  // A real SMTP server receives the shop's mail; the browser tests read it over HTTP and follow its links.
  // Imported here, not at the top: the test kit is built by the first stage of this run.
  const { startMailCatcher, startStripeStandIn } = await import("@helder/testkit")
  const mail = await startMailCatcher({ http: true })
  const stripeApi = await startStripeStandIn()
  const integrations = { ...E2E_TAGS, ...e2eStripe(stripeApi.url) }
  const logs = []
  const shop = await bringUpShop({
    settings,
    database: E2E_DATABASE,
    backendPort: E2E_BACKEND_PORT,
    storefrontPort: E2E_STOREFRONT_PORT,
    admin: E2E_ADMIN,
    // Every browser test comes from 127.0.0.1, so the per-IP limits are raised; their defaults are
    // tested in backend/integration-tests/http/account/limits.spec.ts.
    extra: {
      SMTP_URL: mail.smtpUrl,
      RATE_LIMIT_LOGIN_PER_MINUTE: "100",
      RATE_LIMIT_REGISTRATIONS_PER_HOUR: "100",
      RATE_LIMIT_MAILS_PER_IP_PER_HOUR: "1000",
      ...integrations,
    },
    onLine: (line) => logs.push(line),
  })
  const chromium = await findChromium()
  try {
    await run("playwright", ["test", ...playwrightArgs], {
      cwd: STOREFRONT_DIR,
      env: {
        PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1",
        STOREFRONT_URL: shop.storefrontUrl,
        BACKEND_URL: shop.backendUrl,
        MEDUSA_PUBLISHABLE_KEY: shop.key,
        ADMIN_EMAIL: E2E_ADMIN.email,
        ADMIN_PASSWORD: E2E_ADMIN.password,
        MAIL_CATCHER_URL: mail.httpUrl,
        // The specs build the same data map as the shop they test (and route Stripe.js's API calls to STRIPE_API_BASE).
        ...integrations,
        ...(chromium ? { CHROMIUM_PATH: chromium } : {}),
      },
    })
  } catch (error) {
    console.error("--- last server log lines ---\n" + logs.slice(-60).join("\n"))
    console.error(await failedBrowserTests())
    throw error
  } finally {
    await stopAll()
    await mail.stop()
    await stripeApi.stop()
  }
  scanLogs(logs)
}

/**
 * Everything the backend and storefront logged while the browser tests registered, ordered, paid,
 * exported and erased: no e-mail address, phone number, token or secret may be in it. The shop's own
 * sender address is no one's personal data.
 */
function scanLogs(lines) {
  const leaks = findLeaks(lines, { allow: ["winkel@helder.local"] })
  console.log(`Scanned ${lines.length} server log lines for personal data and secrets: ${leaks.length} found`)
  if (leaks.length === 0) return
  for (const leak of leaks.slice(0, 30))
    console.error(`  line ${leak.line}: ${leak.kind} ${leak.masked} in "${leak.context}"`)
  throw new Error("the shop logged personal data or secrets during the browser tests")
}

/** The failed Playwright tests with their first error lines, read from the JSON report, so they end the output. */
async function failedBrowserTests() {
  const report = await readFile(join(STOREFRONT_DIR, "test-results", "report.json"), "utf8").then(
    JSON.parse,
    () => null,
  )
  if (!report) return "--- no Playwright report was written ---"
  const failed = []
  const visit = (suite, path) => {
    for (const spec of suite.specs ?? []) {
      for (const run of spec.tests.flatMap((test) => test.results)) {
        if (run.status === "passed" || run.status === "skipped") continue
        const message = (run.error?.message ?? run.status)
          .replace(ANSI_COLOURS, "")
          .split("\n")
          .slice(0, 12)
          .join("\n    ")
        failed.push(`✘ ${[...path, spec.title].join(" › ")} (${spec.file}:${spec.line})\n    ${message}`)
      }
    }
    for (const child of suite.suites ?? []) visit(child, [...path, child.title])
  }
  for (const suite of report.suites) visit(suite, [])
  // Errors outside any test (a spec that does not load) are reported on their own.
  for (const error of report.errors ?? [])
    failed.push(`✘ ${(error.message ?? "").replace(ANSI_COLOURS, "").split("\n").slice(0, 12).join("\n    ")}`)
  return `--- failed browser tests ---\n${failed.join("\n") || "(none recorded)"}`
}

// `npm test -- --only=e2e [playwright args]` runs one stage while working on it; plain `npm test` runs all.
const only = process.argv.find((arg) => arg.startsWith("--only="))?.slice("--only=".length)
const playwrightArgs = process.argv.slice(2).filter((arg) => !arg.startsWith("--only="))
const wanted = (name) => !only || only === name

async function main() {
  const settings = await database()
  // The storefront's shared-revalidation test (unit) and the two-worker tests (integration) need a Redis.
  if (wanted("unit") || wanted("integration")) process.env.RETENTION_TEST_REDIS_URL = await testRedis()
  if (!wanted("unit")) await stage("build", () => turbo(["run", "build", "--output-logs=errors-only"]))
  if (wanted("unit"))
    await stage("build, typecheck, lint and unit tests", () =>
      turbo(["run", "build", "typecheck", "test:unit", "lint", "--output-logs=errors-only", "--continue"]),
    )
  // Every promise of the ledger named by a test, every named promise in the ledger (the browser half is
  // e2e/promise-ledger.spec.ts).
  if (wanted("unit"))
    await stage("promise ledger", () =>
      run("node", ["packages/devkit/src/promise-ledger.mjs", "--check"], { cwd: ROOT }),
    )
  if (wanted("integration"))
    await stage("backend integration tests (real PostgreSQL)", async () =>
      run("npm", ["run", "test:integration"], {
        cwd: BACKEND_DIR,
        env: {
          DB_HOST: settings.host === "127.0.0.1" ? "localhost" : settings.host,
          DB_PORT: String(settings.port),
          DB_USERNAME: settings.user,
          DB_PASSWORD: settings.password,
          RETENTION_TEST_REDIS_URL: process.env.RETENTION_TEST_REDIS_URL,
        },
      }),
    )
  if (wanted("e2e")) await stage("end-to-end tests (Playwright, Chromium)", () => e2e(settings))
}

main()
  .then(
    () => 0,
    () => 1,
  )
  .then(async (code) => {
    await stopAll()
    // A full pass is what the proof page reports for this commit (its next build reads it).
    if (code === 0 && !only) await recordPass()
    if (embedded) await embedded.stop().catch(() => {})
    console.log("\n=== summary")
    for (const s of stages) console.log(`${s.ok ? "ok  " : "FAIL"} ${s.name} (${s.seconds} s)`)
    process.exit(code)
  })
