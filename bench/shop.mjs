// Brings up a seeded shop for a benchmark on its own embedded PostgreSQL and ports, so a running
// `npm start` or test run is not disturbed.
import { appendFileSync } from "node:fs"
import { ensureDatabase, startEmbeddedPostgres } from "../packages/devkit/src/database.mjs"
import { BACKEND_SERVER_DIR } from "../packages/devkit/src/paths.mjs"
import { assertPortFree, launch, stopAll, waitForHttp } from "../packages/devkit/src/processes.mjs"
import { emptyRedisDatabase, testRedis } from "../packages/devkit/src/redis.mjs"
import { bringUpShop } from "../packages/devkit/src/shop.mjs"
import { turbo } from "../packages/devkit/src/turbo.mjs"
import { totpCode } from "@helder/testkit"

/** BENCH_LOG=<file> keeps the servers' output, to look into a failure the figures show; else it is dropped. */
export function benchLog(line) {
  if (process.env.BENCH_LOG) appendFileSync(process.env.BENCH_LOG, `${line}\n`)
}

/** The staff login every bench shop gets. */
export const BENCH_ADMIN = { email: "bench@helder.local", password: "bench-password-not-secret" }

/**
 * Builds (cached), starts PostgreSQL, seeds `helder_bench` and starts backend :9200 and storefront :8200;
 * `extra` is added to both apps' environment (REDIS_URL, say).
 */
export async function benchShop({ extra = {} } = {}) {
  await turbo(["run", "build", "--output-logs=errors-only"])
  const pg = await startEmbeddedPostgres({ name: "bench-postgres", port: 5435 })
  await ensureDatabase(pg.settings, "helder_bench", { fresh: true })
  const shop = await bringUpShop({
    settings: pg.settings,
    database: "helder_bench",
    backendPort: 9200,
    storefrontPort: 8200,
    admin: BENCH_ADMIN,
    extra,
    onLine: benchLog,
  })
  return {
    ...shop,
    async stop() {
      await stopAll()
      await pg.server.stop()
    },
  }
}

/** A Redis database for a bench shop (number 11 of the machine's Redis, or of one started for it), emptied first. */
export async function benchRedis() {
  const url = await testRedis({ database: 11 })
  await emptyRedisDatabase(url)
  return url
}

/**
 * One more backend process beside a bench shop's (a worker, a stock copy), on its own port with the
 * shop's environment plus `env`; stopped with the shop. Returns its URL once /health answers.
 */
export async function startExtraBackend(shop, { name, port, cwd = BACKEND_SERVER_DIR, env = {} }) {
  await assertPortFree(port)
  const url = `http://localhost:${port}`
  const child = launch(name, "medusa", ["start"], {
    cwd,
    env: { ...shop.env, PORT: String(port), MEDUSA_BACKEND_URL: url, ...env },
    onLine: benchLog,
  })
  await waitForHttp(`${url}/health`, { child })
  return url
}

/** p50/p95/p99 and mean of a list of milliseconds. */
export function percentiles(samples) {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
  const mean = sorted.reduce((sum, x) => sum + x, 0) / sorted.length
  return { n: sorted.length, p50: at(50), p95: at(95), p99: at(99), mean: Math.round(mean * 10) / 10 }
}

/** JSON calls to a bench shop's API with its publishable key; a failed call throws with the backend's message. */
export function shopApi(shop) {
  const store = { "content-type": "application/json", "x-publishable-api-key": shop.key }
  async function call(url, { method = "GET", body, headers = store } = {}) {
    const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
    const json = await response.json()
    if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${json.message}`)
    return json
  }
  /**
   * Headers for the admin API, logged in as the bench's staff user: the shop's owner, who logs in with a
   * second factor. The first call sets up its TOTP app (as the admin's profile page does); every login
   * answers with a code of a 30-second step not used before (a code works once).
   */
  let secret = null
  const usedSteps = new Set()
  async function staff() {
    const login = await call(`${shop.backendUrl}/auth/user/emailpass`, { method: "POST", body: BENCH_ADMIN })
    if (!login.mfa_required) {
      if (secret) throw new Error("the bench owner lost its second factor")
      const headers = { ...store, authorization: `Bearer ${login.token}` }
      const enrolment = await call(`${shop.backendUrl}/auth/mfa/factors`, {
        method: "POST",
        headers,
        body: { provider: "totp" },
      })
      usedSteps.add(Math.floor(Date.now() / 30_000))
      await call(`${shop.backendUrl}/auth/mfa/factors/${enrolment.mfa_factor.id}/verify`, {
        method: "POST",
        headers,
        body: { code: totpCode(enrolment.secret) },
      })
      secret = enrolment.secret
      return staff()
    }
    let step = Math.floor(Date.now() / 30_000)
    if (usedSteps.has(step)) step += 1
    while (usedSteps.has(step)) {
      await new Promise((resolve) => setTimeout(resolve, 30_000 - (Date.now() % 30_000) + 200))
      step = Math.floor(Date.now() / 30_000) + 1
    }
    usedSteps.add(step)
    const { token } = await call(`${shop.backendUrl}/auth/mfa/challenges/${login.mfa_challenge.id}/verify`, {
      method: "POST",
      headers: { ...store, authorization: `Bearer ${login.token}` },
      body: { method: "totp", code: totpCode(secret, new Date(step * 30_000)) },
    })
    return { ...store, authorization: `Bearer ${token}` }
  }
  const api = (path, options) => call(`${shop.backendUrl}${path}`, options)

  /** One guest order through the store API (home delivery or another option, the offline payment); returns its id. */
  async function placeOrder({ email, regionId, variantId, optionName = "Thuisbezorgd", lastName = "Exporteur" }) {
    const address = {
      first_name: "Bench",
      last_name: lastName,
      address_1: "Hoofdstraat 1",
      postal_code: "7311 AA",
      city: "Apeldoorn",
      country_code: "nl",
    }
    const { cart } = await api("/store/carts", { method: "POST", body: { region_id: regionId } })
    await api(`/store/carts/${cart.id}/line-items`, { method: "POST", body: { variant_id: variantId, quantity: 1 } })
    await api(`/store/carts/${cart.id}`, {
      method: "POST",
      body: { email, shipping_address: address, billing_address: address },
    })
    const { shipping_options } = await api(`/store/shipping-options?cart_id=${cart.id}`)
    await api(`/store/carts/${cart.id}/shipping-methods`, {
      method: "POST",
      body: { option_id: shipping_options.find((o) => o.name === optionName).id },
    })
    const { payment_collection } = await api("/store/payment-collections", {
      method: "POST",
      body: { cart_id: cart.id },
    })
    await api(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
      method: "POST",
      body: { provider_id: "pp_system_default" },
    })
    const { order } = await api(`/store/carts/${cart.id}/complete`, { method: "POST", body: {} })
    return order.id
  }

  return { store, call, staff, api, placeOrder }
}
