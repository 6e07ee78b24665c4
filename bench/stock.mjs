// `npm run bench:stock` (issue 21): Helder's backend against stock Medusa 2.21 on the same store-API checkout
// (cart, item, e-mail and address, shipping options, shipping method, payment collection, payment session with
// the system provider, completion), on the same machine and PostgreSQL, in alternating rounds at 10 shoppers.
// Helder runs as `npm start` runs it without Redis (one process: its subscribers, invoices and mails included);
// stock Medusa is bench/stock-medusa (Medusa's default modules only) on a database of its own, migrated with
// `medusa db:migrate` and seeded through Medusa's core workflows with Helder's catalog as its store API shows it.
// Per backend: CPU ms per order from the kernel's count of its processes' CPU (/proc, the whole process tree,
// after its after-work has settled) and PostgreSQL's, p50/p95 per call, orders/s; then one shopper alone for the
// CPU each call costs. STOCK_ROUNDS (rounds per backend, default 4), STOCK_CHECKOUTS (checkouts per shopper per
// round, default 2), STOCK_SHOPPERS (default 10), STOCK_SEQUENTIAL (lone checkouts per backend, default 5),
// CHECKOUT_FIELDS=storefront (default: every call asks for the fields Helder's storefront gets) or =none (no
// `fields`: each backend answers its default), HELDER_CPU_PROF=<dir> (V8 CPU profiles of Helder's backend).
import { mkdirSync, writeFileSync } from "node:fs"
import path from "node:path"
import { STORE_FIELDS } from "@helder/schemas"
import { configuredDatabase, databaseUrl, ensureDatabase, query } from "../packages/devkit/src/database.mjs"
import { BACKEND_SERVER_DIR, DATA_DIR, ROOT, STOREFRONT_DIR } from "../packages/devkit/src/paths.mjs"
import { assertPortFree, launch, run, waitForHttp } from "../packages/devkit/src/processes.mjs"
import { cpuBetween, cpuSnapshot, settle } from "./process-cpu.mjs"
import { benchLog, benchShop, percentiles, shopApi } from "./shop.mjs"

const ROUNDS = Number(process.env.STOCK_ROUNDS || 4)
const CHECKOUTS = Number(process.env.STOCK_CHECKOUTS || 2)
const SHOPPERS = Number(process.env.STOCK_SHOPPERS || 10)
const SEQUENTIAL = Number(process.env.STOCK_SEQUENTIAL ?? 5)
const FIELDS = process.env.CHECKOUT_FIELDS || "storefront"
const STOCK_DIR = path.join(ROOT, "bench", "stock-medusa")
const STOCK_PORT = 9300
const STOCK_DATABASE = "stock_bench"
const GROUPS = { helder: BACKEND_SERVER_DIR, stock: STOCK_DIR, storefront: STOREFRONT_DIR }
const ADDRESS = {
  first_name: "Bench",
  last_name: "Shopper",
  address_1: "Hoofdstraat 1",
  postal_code: "7311 AA",
  city: "Apeldoorn",
  country_code: "nl",
}
/**
 * The calls of one order, by flow: "api" is the checkout of the store API, the same on both backends;
 * "storefront-today" and "storefront" are the calls Helder's storefront makes for a guest order paid offline
 * (adding to the cart, then the order form's action; the pages' reads, the same in both, left out), before
 * and after its checkout got leaner: the cart made with its item in one call, and the cart read without totals.
 */
const FLOWS = {
  api: [
    "create cart",
    "add item",
    "address",
    "shipping options",
    "shipping method",
    "payment collection",
    "payment session",
    "complete",
  ],
  "storefront-today": [
    "create cart",
    "add item",
    "read cart",
    "address",
    "shipping options",
    "payment providers",
    "shipping method",
    "payment collection",
    "payment session",
    "complete",
  ],
  storefront: [
    "create cart with item",
    "read cart",
    "address",
    "shipping options",
    "payment providers",
    "shipping method",
    "payment collection",
    "payment session",
    "complete",
  ],
}
// What the storefront's order action reads of the cart, today and now.
const READ_CART = {
  "storefront-today": STORE_FIELDS.cart,
  storefront: "id,region_id,metadata,completed_at,items.id",
}
// What Helder's storefront gets from each call: its surface guard answers these when the call names no fields.
const ASK = {
  storefront: {
    cart: `?fields=${STORE_FIELDS.id}`,
    collection: `?fields=${STORE_FIELDS.id}`,
    sessions: `?fields=${encodeURIComponent(STORE_FIELDS.paymentSessions)}`,
    order: `?fields=${encodeURIComponent(STORE_FIELDS.placedOrder)}`,
  },
  none: { cart: "", collection: "", sessions: "", order: "" },
}[FIELDS]
if (!ASK) throw new Error(`CHECKOUT_FIELDS is storefront or none, not ${FIELDS}`)

const CONTESTANTS = (process.env.STOCK_CONTESTANTS || "helder:api,stock:api").split(",").map((spec) => {
  const [backend, flow = "api"] = spec.split(":")
  if (!["helder", "stock"].includes(backend) || !FLOWS[flow])
    throw new Error(`STOCK_CONTESTANTS: helder or stock, then :${Object.keys(FLOWS).join(" or :")}; not ${spec}`)
  return {
    backend,
    flow,
    label: `${backend === "helder" ? "Helder" : "stock Medusa"}${flow === "api" ? "" : ` (${flow})`}`,
  }
})
const STEPS = [...new Set(CONTESTANTS.flatMap((c) => FLOWS[c.flow]))]

const helderExtra = process.env.HELDER_CPU_PROF
  ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${path.resolve(process.env.HELDER_CPU_PROF)}` }
  : {}
if (process.env.HELDER_CPU_PROF) mkdirSync(process.env.HELDER_CPU_PROF, { recursive: true })
const shop = await benchShop({ extra: helderExtra })
try {
  const backends = { helder: { name: "helder", api: shopApi(shop).api } }
  const catalog = await exportCatalog(backends.helder.api)
  if (CONTESTANTS.some((c) => c.backend === "stock"))
    backends.stock = { name: "stock", api: await startStock(shop, catalog) }
  for (const backend of Object.values(backends)) await prepare(backend)
  for (const contestant of CONTESTANTS) {
    contestant.name = contestant.backend
    contestant.rounds = []
    contestant.timings = Object.fromEntries(STEPS.map((step) => [step, []]))
    contestant.loneCpu = Object.fromEntries([...STEPS, "after completion"].map((step) => [step, []]))
    Object.assign(contestant, { api: backends[contestant.backend].api, shop: backends[contestant.backend] })
  }
  console.log(
    `\n${catalog.length} products, ${catalog.reduce((n, p) => n + p.variants.length, 0)} variants in both; ` +
      `${SHOPPERS} shoppers × ${CHECKOUTS} checkouts per round, ${ROUNDS} rounds each, alternating; fields: ${FIELDS}`,
  )
  // One warm-up round each, not counted: the first requests compile and fill caches.
  for (const contestant of CONTESTANTS) await round(contestant, { counted: false })
  // Alternating, and each pass in the other order, so a slow stretch of the machine lands on all of them.
  for (let i = 0; i < ROUNDS; i++)
    for (const contestant of i % 2 ? [...CONTESTANTS].reverse() : CONTESTANTS) await round(contestant)
  for (let i = 0; i < SEQUENTIAL; i++) for (const contestant of CONTESTANTS) await lone(contestant)
  report(CONTESTANTS)
} finally {
  await shop.stop()
}

/** Helder's catalog as its store API shows it: what the stock seed creates (options, variants, prices, stock, sale). */
async function exportCatalog(api) {
  const region = await nlRegion(api)
  const fields = [
    "id",
    "title",
    "handle",
    "*options",
    "*options.values",
    "*variants",
    "*variants.options",
    "*variants.options.option",
    "*variants.calculated_price",
    "+variants.inventory_quantity",
  ].join(",")
  const { products } = await api(
    `/store/products?limit=500&region_id=${region.id}&fields=${encodeURIComponent(fields)}`,
  )
  return products.map((product) => ({
    title: product.title,
    handle: product.handle,
    options: product.options.map((option) => ({ title: option.title, values: option.values.map((v) => v.value) })),
    variants: product.variants.map((variant, index) => {
      const price = variant.calculated_price
      return {
        title: variant.title,
        sku: `${product.handle}-${index}`,
        options: Object.fromEntries(variant.options.map((o) => [o.option.title, o.value])),
        price: price.original_amount,
        salePrice: price.calculated_amount < price.original_amount ? price.calculated_amount : null,
        stock: Math.max(0, variant.inventory_quantity),
      }
    }),
  }))
}

/** Migrates, seeds and starts stock Medusa on the bench's PostgreSQL; returns its API caller. */
async function startStock(shop, catalog) {
  const { database: _helder, ...settings } = configuredDatabase({ DATABASE_URL: shop.env.DATABASE_URL })
  await ensureDatabase(settings, STOCK_DATABASE, { fresh: true })
  const url = `http://localhost:${STOCK_PORT}`
  const env = {
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl(settings, STOCK_DATABASE),
    PORT: String(STOCK_PORT),
    JWT_SECRET: shop.env.JWT_SECRET,
    COOKIE_SECRET: shop.env.COOKIE_SECRET,
    STORE_CORS: shop.storefrontUrl,
    MEDUSA_BACKEND_URL: url,
  }
  const seedFile = path.join(DATA_DIR, "stock-seed.json")
  writeFileSync(seedFile, JSON.stringify(catalog))
  await run("medusa", ["db:migrate"], { cwd: STOCK_DIR, env, quiet: true })
  await run("medusa", ["exec", "./seed.js"], {
    cwd: STOCK_DIR,
    env: { ...env, STOCK_SEED_FILE: seedFile },
    quiet: true,
  })
  const [{ token }] = await query(
    settings,
    STOCK_DATABASE,
    `SELECT token FROM api_key WHERE type = 'publishable' AND title = 'Bench webshop' AND deleted_at IS NULL`,
  )
  await assertPortFree(STOCK_PORT)
  const child = launch("stock", "medusa", ["start"], { cwd: STOCK_DIR, env, onLine: benchLog })
  await waitForHttp(`${url}/health`, { child })
  return shopApi({ backendUrl: url, key: token }).api
}

async function nlRegion(api) {
  const { regions } = await api("/store/regions?fields=id,name,countries.iso_2")
  return regions.find((r) => r.countries.some((c) => c.iso_2 === "nl"))
}

/** The backend's region and its stocked units, one ticket each, in SKU order (the same order on both). */
async function prepare(backend) {
  backend.region = await nlRegion(backend.api)
  const { products } = await backend.api(
    `/store/products?limit=500&region_id=${backend.region.id}&fields=id,handle,variants.id,+variants.inventory_quantity`,
  )
  backend.tickets = products
    .sort((a, b) => a.handle.localeCompare(b.handle))
    .flatMap((p) => p.variants.flatMap((v) => Array.from({ length: Math.max(0, v.inventory_quantity) }, () => v.id)))
  backend.next = 0
}

/** One order by the contestant's flow; `onStep(name, ms)` hears each call's time. */
async function checkout({ api, shop, flow }, shopper, onStep) {
  const step = async (name, fn) => {
    const started = performance.now()
    const result = await fn()
    onStep(name, performance.now() - started)
    return result
  }
  const item = { variant_id: shop.tickets[shop.next++ % shop.tickets.length], quantity: 1 }
  let cart
  if (flow === "storefront") {
    ;({ cart } = await step("create cart with item", () =>
      api(`/store/carts${ASK.cart}`, { method: "POST", body: { region_id: shop.region.id, items: [item] } }),
    ))
  } else {
    ;({ cart } = await step("create cart", () =>
      api(`/store/carts${ASK.cart}`, { method: "POST", body: { region_id: shop.region.id } }),
    ))
    await step("add item", () => api(`/store/carts/${cart.id}/line-items${ASK.cart}`, { method: "POST", body: item }))
  }
  if (READ_CART[flow])
    await step("read cart", () => api(`/store/carts/${cart.id}?fields=${encodeURIComponent(READ_CART[flow])}`))
  await step("address", () =>
    api(`/store/carts/${cart.id}${ASK.cart}`, {
      method: "POST",
      body: { email: `bench-${shopper}@example.nl`, shipping_address: ADDRESS, billing_address: ADDRESS },
    }),
  )
  const options = step("shipping options", () => api(`/store/shipping-options?cart_id=${cart.id}`))
  const providers =
    flow === "api" ? null : step("payment providers", () => api(`/store/payment-providers?region_id=${shop.region.id}`))
  const [{ shipping_options }] = await Promise.all([options, providers])
  const home = shipping_options.find((o) => o.name === "Thuisbezorgd")
  await step("shipping method", () =>
    api(`/store/carts/${cart.id}/shipping-methods${ASK.cart}`, { method: "POST", body: { option_id: home.id } }),
  )
  const { payment_collection } = await step("payment collection", () =>
    api(`/store/payment-collections${ASK.collection}`, { method: "POST", body: { cart_id: cart.id } }),
  )
  await step("payment session", () =>
    api(`/store/payment-collections/${payment_collection.id}/payment-sessions${ASK.sessions}`, {
      method: "POST",
      body: { provider_id: "pp_system_default" },
    }),
  )
  const completed = await step("complete", () =>
    api(`/store/carts/${cart.id}/complete${ASK.order}`, { method: "POST", body: {} }),
  )
  if (completed.type !== "order") throw new Error(`not an order: ${completed.error?.message}`)
}

/** SHOPPERS at once, CHECKOUTS each; the backend's CPU (and PostgreSQL's) from before until its after-work settled. */
async function round(backend, { counted = true } = {}) {
  await settle(GROUPS, backend.name)
  const before = cpuSnapshot(GROUPS)
  const started = performance.now()
  let ok = 0
  let failed = 0
  const timings = Object.fromEntries(STEPS.map((step) => [step, []]))
  await Promise.all(
    Array.from({ length: SHOPPERS }, async (_, lane) => {
      for (let i = 0; i < CHECKOUTS; i++) {
        try {
          await checkout(backend, `${backend.name}-${lane}-${i}-${Date.now()}`, (name, ms) => timings[name].push(ms))
          ok++
        } catch (error) {
          failed++
          console.log(`  ${backend.label}: ${String(error.message).slice(0, 160)}`)
        }
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  const during = cpuSnapshot(GROUPS)
  await settle(GROUPS, backend.name)
  const after = cpuSnapshot(GROUPS)
  const result = {
    ok,
    failed,
    seconds,
    cpuDuring: cpuBetween(before, during, backend.name),
    cpu: cpuBetween(before, after, backend.name),
    postgres: cpuBetween(before, after, "postgres"),
  }
  console.log(
    `${counted ? "round" : "warm-up"} ${backend.label.padEnd(12)} ${ok}/${ok + failed} orders in ${seconds.toFixed(1)} s` +
      ` (${(ok / seconds).toFixed(2)}/s), CPU ${Math.round(result.cpu / ok)} ms/order` +
      ` (${Math.round(result.cpuDuring / ok)} during the round), PostgreSQL ${Math.round(result.postgres / ok)} ms/order`,
  )
  if (!counted) return
  backend.rounds.push(result)
  for (const step of STEPS) backend.timings[step].push(...timings[step])
}

/** One shopper alone: the CPU each call costs the backend, and what the completion leaves behind. */
async function lone(backend) {
  await settle(GROUPS, backend.name)
  let last = cpuSnapshot(GROUPS)
  await checkout(backend, `${backend.name}-lone-${Date.now()}`, (name) => {
    const now = cpuSnapshot(GROUPS)
    backend.loneCpu[name].push(cpuBetween(last, now, backend.name))
    last = now
  })
  await settle(GROUPS, backend.name)
  backend.loneCpu["after completion"].push(cpuBetween(last, cpuSnapshot(GROUPS), backend.name))
}

function report(contestants) {
  const sum = (rounds, key) => rounds.reduce((total, r) => total + r[key], 0)
  const perOrder = (c, key) => sum(c.rounds, key) / sum(c.rounds, "ok")
  const mean = (samples) => samples.reduce((a, x) => a + x, 0) / samples.length
  console.log(`\n| contestant | orders | orders/s | CPU ms/order | of which during the rounds | PostgreSQL ms/order |`)
  console.log(`|---|---|---|---|---|---|`)
  for (const c of contestants) {
    const ok = sum(c.rounds, "ok")
    console.log(
      `| ${c.label} | ${ok}/${ok + sum(c.rounds, "failed")} | ${(ok / sum(c.rounds, "seconds")).toFixed(2)} | ` +
        `${Math.round(perOrder(c, "cpu"))} | ${Math.round(perOrder(c, "cpuDuring"))} | ${Math.round(perOrder(c, "postgres"))} |`,
    )
  }
  // Each contestant against the last (stock Medusa in the default line-up), pooled and round by round.
  const base = contestants[contestants.length - 1]
  for (const c of contestants.slice(0, -1)) {
    const ratios = c.rounds.map((r, i) => r.cpu / r.ok / (base.rounds[i].cpu / base.rounds[i].ok))
    console.log(
      `${c.label} ÷ ${base.label}, CPU per order: ${(perOrder(c, "cpu") / perOrder(base, "cpu")).toFixed(2)}× pooled; ` +
        `round by round ${ratios.map((r) => r.toFixed(2)).join(", ")} (median ${percentiles(ratios).p50.toFixed(2)}×)`,
    )
  }
  console.log(
    `\nLatency per call at ${SHOPPERS} shoppers, p50 / p95 ms; CPU ms of the call for one shopper alone (mean of ${SEQUENTIAL}):`,
  )
  console.log(`| call | ${contestants.map((c) => `${c.label} p50 / p95 | CPU alone`).join(" | ")} |`)
  console.log(`|---|${contestants.map(() => "---|---|").join("")}`)
  for (const step of [...STEPS, "after completion"]) {
    const cells = contestants.flatMap((c) => {
      const times = c.timings[step]?.length ? percentiles(c.timings[step]) : null
      const cpu = c.loneCpu[step]?.length ? mean(c.loneCpu[step]).toFixed(0) : ""
      return [times ? `${times.p50.toFixed(0)} / ${times.p95.toFixed(0)}` : "", cpu]
    })
    console.log(`| ${step} | ${cells.join(" | ")} |`)
  }
  if (SEQUENTIAL > 0) {
    const lone = (c) =>
      Object.values(c.loneCpu)
        .flat()
        .reduce((a, x) => a + x, 0) / SEQUENTIAL
    console.log(
      `\nOne shopper alone, CPU per order: ${contestants.map((c) => `${c.label} ${lone(c).toFixed(0)} ms`).join(", ")}`,
    )
  }
}
