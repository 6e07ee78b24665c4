// `npm run bench`: the shop's speed where shoppers feel it, measured side by side in one run against one
// freshly seeded shop that has Redis, so Medusa's query cache is on as in production:
// - storefront: TTFB of home, category and product page, then each page and a static file served by the
//   same server at 10 connections;
// - store API: the storefront's product lists at 1 and 10 connections, then the same list on Helder's build
//   and on a stock copy of it (Helder's middlewares removed; same database, same cache), in turns;
// - a price changed through the admin API: how long until the cached product page shows it.
import { cpSync, rmSync, writeFileSync } from "node:fs"
import path from "node:path"
import autocannon from "autocannon"
import { BACKEND_DIR, BACKEND_SERVER_DIR } from "../packages/devkit/src/paths.mjs"
import { benchRedis, benchShop, percentiles, shopApi, startExtraBackend } from "./shop.mjs"

const TTFB_REQUESTS = 60
const SECONDS = 10
const AB_ROUNDS = 6
const AB_SECONDS = 5
const STOCK_PORT = 9201
const STOCK_DIR = path.join(BACKEND_DIR, ".medusa", "bench-stock")
const PRODUCT_HANDLE = "hanglamp-nova-40"
// What the storefront asks for (storefront/src/lib/data/products.ts, LIST_FIELDS).
const LIST_FIELDS = "id,title,handle,thumbnail,metadata,created_at,*variants.calculated_price,variants.id,variants.metadata"

/** Time to the response headers of sequential GETs, after two warm-up requests. */
async function ttfb(url, requests = TTFB_REQUESTS) {
  for (let i = 0; i < 2; i++) await (await fetch(url)).arrayBuffer()
  const samples = []
  for (let i = 0; i < requests; i++) {
    const started = performance.now()
    const response = await fetch(url)
    samples.push(performance.now() - started)
    if (!response.ok) throw new Error(`${url} answered ${response.status}`)
    await response.arrayBuffer()
  }
  return percentiles(samples)
}

/** autocannon at a fixed connection count; every response time it reports, and the totals. */
function cannon(url, { connections, seconds = SECONDS, headers }) {
  return new Promise((resolve, reject) => {
    const times = []
    const instance = autocannon({ url, connections, duration: seconds, headers }, (error, result) => {
      if (error) return reject(error)
      resolve({ times, requests: result.requests.total, rps: result.requests.total / seconds, errors: result.errors + result.non2xx })
    })
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime))
  })
}

const ms = (value) => value.toFixed(1).padStart(7)

function row(label, { times, requests, rps, errors }) {
  const p = percentiles(times)
  return `| ${label} | ${requests} | ${Math.round(rps)} | ${ms(p.p50)} | ${ms(p.p95)} | ${ms(p.p99)} | ${errors} |`
}

const mean = (run) => run.times.reduce((sum, t) => sum + t, 0) / run.times.length

/** The same build with Helder's middlewares file emptied: Medusa's routes as Medusa ships them. */
function stockBuild() {
  rmSync(STOCK_DIR, { recursive: true, force: true })
  cpSync(BACKEND_SERVER_DIR, STOCK_DIR, { recursive: true, filter: (source) => !source.startsWith(path.join(BACKEND_SERVER_DIR, "public")) })
  writeFileSync(
    path.join(STOCK_DIR, "src", "api", "middlewares.js"),
    `"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\nexports.default = require("@medusajs/framework/http").defineMiddlewares({ routes: [] });\n`
  )
}

/** Raises every EUR price of a product by `delta` euros through the admin API; returns the new amounts. */
async function movePrices(api, admin, product, delta) {
  const amounts = []
  for (const variant of product.variants) {
    const price = variant.prices.find((p) => p.currency_code === "eur")
    const amount = Math.round((price.amount + delta) * 100) / 100
    await api(`/admin/products/${product.id}/variants/${variant.id}`, { method: "POST", headers: admin, body: { prices: [{ id: price.id, amount, currency_code: "eur" }] } })
    price.amount = amount
    amounts.push(amount)
  }
  return amounts
}

/** Milliseconds from a price change in the admin API until the product page's HTML shows a new price. */
async function priceVisibleAfter(shop) {
  const { api, staff } = shopApi(shop)
  const admin = await staff()
  const { products } = await api(`/admin/products?handle=${PRODUCT_HANDLE}&fields=id,variants.id,*variants.prices`, { headers: admin })
  const product = products[0]
  const page = `${shop.storefrontUrl}/nl/products/${PRODUCT_HANDLE}`
  await (await fetch(page)).text()
  const euro = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" })
  const started = performance.now()
  const shown = (await movePrices(api, admin, product, 1.11)).map((amount) => euro.format(amount))
  try {
    while (performance.now() - started < 30_000) {
      const html = await (await fetch(page)).text()
      if (shown.some((price) => html.includes(price))) return performance.now() - started
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    return Infinity
  } finally {
    await movePrices(api, admin, product, -1.11)
  }
}

const shop = await benchShop({ extra: { REDIS_URL: await benchRedis() } })
try {
  const pages = {
    home: `${shop.storefrontUrl}/nl`,
    category: `${shop.storefrontUrl}/nl/categories/hanglampen`,
    product: `${shop.storefrontUrl}/nl/products/${PRODUCT_HANDLE}`,
  }
  console.log(`\nStorefront TTFB, ${TTFB_REQUESTS} sequential requests each (ms)`)
  console.log("| page | p50 | p95 | p99 | mean |\n|---|---|---|---|---|")
  for (const [name, url] of Object.entries(pages)) {
    const r = await ttfb(url)
    console.log(`| ${name} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.mean} |`)
  }

  console.log(`\nStorefront at 10 connections, autocannon ${SECONDS} s each (latency ms); robots.txt is a static file served by the same server`)
  console.log("| what | requests | req/s | p50 | p95 | p99 | errors |\n|---|---|---|---|---|---|---|")
  const statik = await cannon(`${shop.storefrontUrl}/robots.txt`, { connections: 10 })
  console.log(row("static file /robots.txt", statik))
  const staticP99 = percentiles(statik.times).p99
  for (const [name, url] of Object.entries(pages)) {
    const r = await cannon(url, { connections: 10 })
    console.log(`${row(`${name} page`, r)} p99 = ${(percentiles(r.times).p99 / staticP99).toFixed(1)}× the static file`)
  }

  const { api, store } = shopApi(shop)
  const { regions } = await api("/store/regions?fields=id,*countries")
  const regionId = regions.find((region) => region.countries.some((country) => country.iso_2 === "nl")).id
  const { product_categories } = await api("/store/product-categories?handle=hanglampen&fields=id")
  const lists = {
    "home list (8 newest)": `/store/products?region_id=${regionId}&fields=${LIST_FIELDS}&limit=8&order=-created_at`,
    "category list (hanglampen)": `/store/products?category_id[]=${product_categories[0].id}&region_id=${regionId}&fields=${LIST_FIELDS}&limit=500`,
  }
  console.log(`\nStore API with Medusa's query cache on (Redis), autocannon ${SECONDS} s each (latency ms)`)
  console.log("| list | connections | requests | req/s | p50 | p95 | p99 | errors |\n|---|---|---|---|---|---|---|---|")
  for (const [name, listPath] of Object.entries(lists)) {
    for (const connections of [1, 10]) {
      console.log(row(`${name} | ${connections}`, await cannon(`${shop.backendUrl}${listPath}`, { connections, headers: store })))
    }
  }
  // What the prices cost: the same home list without a region, so Medusa computes no prices and no VAT.
  const unpriced = `/store/products?fields=id,title,handle,thumbnail,metadata,created_at,variants.id,variants.metadata&limit=8&order=-created_at`
  console.log(row("home list without region or prices | 10", await cannon(`${shop.backendUrl}${unpriced}`, { connections: 10, headers: store })))

  stockBuild()
  // An API server only: no jobs, no subscribers, no admin.
  const stockUrl = await startExtraBackend(shop, { name: "stock-backend", port: STOCK_PORT, cwd: STOCK_DIR, env: { MEDUSA_WORKER_MODE: "server", ADMIN_DISABLED: "true" } })
  const listPath = lists["category list (hanglampen)"]
  const runs = { helder: [], stock: [] }
  for (let round = 0; round < AB_ROUNDS; round++) {
    // Alternate which goes first, so a drift in the machine's load hits both alike.
    const order = round % 2 === 0 ? ["helder", "stock"] : ["stock", "helder"]
    for (const which of order) {
      runs[which].push(await cannon(`${which === "helder" ? shop.backendUrl : stockUrl}${listPath}`, { connections: 10, seconds: AB_SECONDS, headers: store }))
    }
  }
  const merged = (list) => ({ times: list.flatMap((r) => r.times), requests: list.reduce((n, r) => n + r.requests, 0), rps: list.reduce((n, r) => n + r.rps, 0) / list.length, errors: list.reduce((n, r) => n + r.errors, 0) })
  const helder = merged(runs.helder)
  const stock = merged(runs.stock)
  console.log(`\nCategory list at 10 connections, Helder's build and the stock copy in turns, ${AB_ROUNDS} × ${AB_SECONDS} s each (latency ms)`)
  console.log("| build | requests | req/s | p50 | p95 | p99 | errors |\n|---|---|---|---|---|---|---|")
  console.log(row("Helder (its middlewares on every /store route)", helder))
  console.log(row("stock (no Helder middleware)", stock))
  // Per round pair, how much slower Helder was; the median of the pairs is robust to one noisy round.
  const costs = runs.helder.map((run, i) => (runs.stock[i].rps / run.rps - 1) * 100).sort((a, b) => a - b)
  const median = (costs[(costs.length - 1) >> 1] + costs[costs.length >> 1]) / 2
  const pct = (value) => `${value.toFixed(1)} %`
  console.log(`Helder's middlewares cost, per round pair (stock req/s ÷ Helder req/s − 1): ${costs.map(pct).join(", ")}; median ${pct(median)}`)
  console.log(`Pooled: p95 ${pct((percentiles(helder.times).p95 / percentiles(stock.times).p95 - 1) * 100)}, mean latency ${pct((mean(helder) / mean(stock) - 1) * 100)}`)

  const visible = await priceVisibleAfter(shop)
  console.log(`\nA price changed through the admin API is on the product page after ${Number.isFinite(visible) ? `${Math.round(visible)} ms` : "more than 30 s (NOT SEEN)"}`)
} finally {
  await shop.stop()
  rmSync(STOCK_DIR, { recursive: true, force: true })
}
