// `npm run bench`: the shop's speed where shoppers feel it, measured side by side in one run against one
// freshly seeded shop that has Redis, so Medusa's query cache is on as in production:
// - storefront: TTFB of home, category and product page, then each page and a static file served by the
//   same server at 10 connections, in alternating rounds;
// - store API: the storefront's product lists at 1 and 10 connections, then the same list on Helder's build
//   and on a stock copy of it (Helder's middlewares removed; same database, same cache), both at once, and
//   Helder's two middlewares on that route timed directly;
// - a price changed through the admin API: how long until the cached product page shows it.
import { cpSync, rmSync, writeFileSync } from "node:fs"
import { IncomingMessage, ServerResponse } from "node:http"
import { createRequire } from "node:module"
import { Socket } from "node:net"
import path from "node:path"
import autocannon from "autocannon"
import { STORE_FIELDS } from "@helder/schemas"
import { BACKEND_DIR, BACKEND_SERVER_DIR } from "../packages/devkit/src/paths.mjs"
import { benchRedis, benchShop, percentiles, shopApi, startExtraBackend } from "./shop.mjs"

const TTFB_REQUESTS = 60
const SECONDS = 10
const PAGE_ROUNDS = 3
const PAGE_SECONDS = 5
const AB_ROUNDS = 6
const AB_SECONDS = 5
const STOCK_PORT = 9201
const STOCK_DIR = path.join(BACKEND_DIR, ".medusa", "bench-stock")
const PRODUCT_HANDLE = "hanglamp-nova-40"
// What the storefront asks for, from the one list both apps use.
const LIST_FIELDS = STORE_FIELDS.productList

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
      resolve({
        times,
        requests: result.requests.total,
        rps: result.requests.total / seconds,
        errors: result.errors + result.non2xx,
      })
    })
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime))
  })
}

const ms = (value) => value.toFixed(1).padStart(7)

function row(label, { times, requests, rps, errors }) {
  const p = percentiles(times)
  return `| ${label} | ${requests} | ${Math.round(rps)} | ${ms(p.p50)} | ${ms(p.p95)} | ${ms(p.p99)} | ${errors} |`
}

/** Several autocannon runs of one URL as one: every response time, total requests, mean req/s. */
const merged = (list) => ({
  times: list.flatMap((r) => r.times),
  requests: list.reduce((n, r) => n + r.requests, 0),
  rps: list.reduce((n, r) => n + r.rps, 0) / list.length,
  errors: list.reduce((n, r) => n + r.errors, 0),
})
const mean = (run) => run.times.reduce((sum, t) => sum + t, 0) / run.times.length

/** The same build with Helder's middlewares file emptied: Medusa's routes as Medusa ships them. */
function stockBuild() {
  rmSync(STOCK_DIR, { recursive: true, force: true })
  cpSync(BACKEND_SERVER_DIR, STOCK_DIR, {
    recursive: true,
    filter: (source) => !source.startsWith(path.join(BACKEND_SERVER_DIR, "public")),
  })
  writeFileSync(
    path.join(STOCK_DIR, "src", "api", "middlewares.js"),
    `"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\nexports.default = require("@medusajs/framework/http").defineMiddlewares({ routes: [] });\n`,
  )
}

/**
 * Microseconds per request that Helder's two middlewares on a stock route take, timed in this process
 * on the built code with an Express response, as Medusa hands it to them. The comparison of whole
 * processes cannot resolve a cost this small on a shared 2-core machine; this can.
 */
function middlewareMicroseconds(url, env, calls = 200_000) {
  // Resolved as the backend resolves them, so this is the same Express the routes get.
  const require = createRequire(path.join(BACKEND_SERVER_DIR, "package.json"))
  const { securityHeaders } = require("./src/lib/security-headers.js")
  const { redactLoggedUrl } = require("./src/lib/request-log.js")
  const express = require("express")
  const req = new IncomingMessage(new Socket())
  const res = Object.setPrototypeOf(new ServerResponse(req), express.response)
  const next = () => {}
  // The headers are worked out from the backend's environment on the first call, then kept.
  const saved = { ...process.env }
  Object.assign(process.env, env)
  securityHeaders(req, res, next)
  process.env = saved
  const round = () => {
    const started = process.hrtime.bigint()
    for (let i = 0; i < calls; i++) {
      req.originalUrl = url
      securityHeaders(req, res, next)
      redactLoggedUrl(req, res, next)
    }
    return Number(process.hrtime.bigint() - started) / 1000 / calls
  }
  round()
  return Math.min(round(), round(), round())
}

/** Raises every EUR price of a product by `delta` euros through the admin API; returns the new amounts. */
async function movePrices(api, admin, product, delta) {
  const amounts = []
  for (const variant of product.variants) {
    const price = variant.prices.find((p) => p.currency_code === "eur")
    const amount = Math.round((price.amount + delta) * 100) / 100
    await api(`/admin/products/${product.id}/variants/${variant.id}`, {
      method: "POST",
      headers: admin,
      body: { prices: [{ id: price.id, amount, currency_code: "eur" }] },
    })
    price.amount = amount
    amounts.push(amount)
  }
  return amounts
}

/** Milliseconds from a price change in the admin API until the product page's HTML shows a new price. */
async function priceVisibleAfter(shop) {
  const { api, staff } = shopApi(shop)
  const admin = await staff()
  const { products } = await api(`/admin/products?handle=${PRODUCT_HANDLE}&fields=id,variants.id,*variants.prices`, {
    headers: admin,
  })
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

  console.log(
    `\nStorefront at 10 connections, ${PAGE_ROUNDS} rounds of ${PAGE_SECONDS} s per URL in turn (latency ms); robots.txt is a static file served by the same server`,
  )
  console.log("| what | requests | req/s | p50 | p95 | p99 | errors |\n|---|---|---|---|---|---|---|")
  // In rounds, each URL once per round, so a slow moment of the shared machine lands on all of them.
  const targets = {
    "static file /robots.txt": `${shop.storefrontUrl}/robots.txt`,
    ...Object.fromEntries(Object.entries(pages).map(([name, url]) => [`${name} page`, url])),
  }
  const served = Object.fromEntries(Object.keys(targets).map((name) => [name, []]))
  for (let round = 0; round < PAGE_ROUNDS; round++) {
    for (const [name, url] of Object.entries(targets))
      served[name].push(await cannon(url, { connections: 10, seconds: PAGE_SECONDS }))
  }
  const staticP99 = percentiles(merged(served["static file /robots.txt"]).times).p99
  for (const [name, runs] of Object.entries(served)) {
    const all = merged(runs)
    console.log(
      `${row(name, all)}${name.startsWith("static") ? "" : ` p99 = ${(percentiles(all.times).p99 / staticP99).toFixed(1)}× the static file`}`,
    )
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
  const measured = {}
  for (const [name, listPath] of Object.entries(lists)) {
    for (const connections of [1, 10]) {
      measured[`${name} ${connections}`] = await cannon(`${shop.backendUrl}${listPath}`, {
        connections,
        headers: store,
      })
      console.log(row(`${name} | ${connections}`, measured[`${name} ${connections}`]))
    }
  }
  const categoryAtOne = measured["category list (hanglampen) 1"]
  // What the prices cost: the same home list without a region, so Medusa computes no prices and no VAT.
  const unpriced = `/store/products?fields=id,title,handle,thumbnail,metadata,created_at,variants.id,variants.metadata&limit=8&order=-created_at`
  console.log(
    row(
      "home list without region or prices | 10",
      await cannon(`${shop.backendUrl}${unpriced}`, { connections: 10, headers: store }),
    ),
  )

  stockBuild()
  // An API server only: no jobs, no subscribers, no admin.
  const stockUrl = await startExtraBackend(shop, {
    name: "stock-backend",
    port: STOCK_PORT,
    cwd: STOCK_DIR,
    env: { MEDUSA_WORKER_MODE: "server", ADMIN_DISABLED: "true" },
  })
  const listPath = lists["category list (hanglampen)"]
  const runs = { helder: [], stock: [] }
  for (let round = 0; round < AB_ROUNDS; round++) {
    // Both at once, each with its own 10 connections: whatever else the machine does hits both alike.
    const [helderRun, stockRun] = await Promise.all(
      [shop.backendUrl, stockUrl].map((url) =>
        cannon(`${url}${listPath}`, { connections: 10, seconds: AB_SECONDS, headers: store }),
      ),
    )
    runs.helder.push(helderRun)
    runs.stock.push(stockRun)
  }
  const helder = merged(runs.helder)
  const stock = merged(runs.stock)
  console.log(
    `\nCategory list, Helder's build and the stock copy at the same time with 10 connections each, ${AB_ROUNDS} rounds of ${AB_SECONDS} s (latency ms)`,
  )
  console.log("| build | requests | req/s | p50 | p95 | p99 | errors |\n|---|---|---|---|---|---|---|")
  console.log(row("Helder (its middlewares on every /store route)", helder))
  console.log(row("stock (no Helder middleware)", stock))
  // Per round pair, how much slower Helder was; the median of the pairs is robust to one noisy round.
  const costs = runs.helder.map((run, i) => (runs.stock[i].rps / run.rps - 1) * 100).sort((a, b) => a - b)
  const median = (costs[(costs.length - 1) >> 1] + costs[costs.length >> 1]) / 2
  const pct = (value) => `${value.toFixed(1)} %`
  console.log(
    `Helder's middlewares cost, per round pair (stock req/s ÷ Helder req/s − 1): ${costs.map(pct).join(", ")}; median ${pct(median)}`,
  )
  console.log(
    `Pooled: p95 ${pct((percentiles(helder.times).p95 / percentiles(stock.times).p95 - 1) * 100)}, mean latency ${pct((mean(helder) / mean(stock) - 1) * 100)}`,
  )
  const perRequest = middlewareMicroseconds(listPath, shop.env)
  const serviceMs = 1000 / categoryAtOne.rps
  console.log(
    `The two middlewares themselves: ${perRequest.toFixed(2)} µs per request (best of 3 × 200 000 calls), ${((perRequest / 1000 / serviceMs) * 100).toFixed(2)} % of the route's ${serviceMs.toFixed(1)} ms per request at 1 connection`,
  )

  const visible = await priceVisibleAfter(shop)
  console.log(
    `\nA price changed through the admin API is on the product page after ${Number.isFinite(visible) ? `${Math.round(visible)} ms` : "more than 30 s (NOT SEEN)"}`,
  )
} finally {
  await shop.stop()
  rmSync(STOCK_DIR, { recursive: true, force: true })
}
