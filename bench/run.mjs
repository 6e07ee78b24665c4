// `npm run bench`: storefront TTFB (home, category, product) and GET /store/products latency at 1
// and 10 connections, measured side by side against one freshly seeded shop. Prints a table.
import autocannon from "autocannon"
import { benchShop, percentiles } from "./shop.mjs"

const TTFB_REQUESTS = 60
const AUTOCANNON_SECONDS = 10

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

/** autocannon at a fixed connection count; p95 from every response time autocannon reports. */
function cannon(url, connections, headers) {
  return new Promise((resolve, reject) => {
    const times = []
    const instance = autocannon({ url, connections, duration: AUTOCANNON_SECONDS, headers }, (error, result) => {
      if (error) return reject(error)
      const { p50, p95, p99 } = percentiles(times)
      resolve({ connections, requests: result.requests.total, rps: Math.round(result.requests.average), p50, p95, p99, errors: result.errors + result.non2xx })
    })
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime))
  })
}

const shop = await benchShop()
try {
  const productHandle = "hanglamp-nova-40"
  const pages = {
    home: `${shop.storefrontUrl}/nl`,
    category: `${shop.storefrontUrl}/nl/categories/hanglampen`,
    product: `${shop.storefrontUrl}/nl/products/${productHandle}`,
  }
  console.log(`\nStorefront TTFB, ${TTFB_REQUESTS} sequential requests each (ms)`)
  console.log("page      p50    p95    p99    mean")
  for (const [name, url] of Object.entries(pages)) {
    const r = await ttfb(url)
    console.log(`${name.padEnd(9)} ${String(r.p50.toFixed(1)).padStart(6)} ${String(r.p95.toFixed(1)).padStart(6)} ${String(r.p99.toFixed(1)).padStart(6)} ${String(r.mean).padStart(6)}`)
  }

  const productsUrl = `${shop.backendUrl}/store/products?limit=12&fields=id,title,handle,thumbnail`
  const headers = { "x-publishable-api-key": shop.key }
  console.log(`\nGET /store/products?limit=12, autocannon ${AUTOCANNON_SECONDS} s per row (latency ms)`)
  console.log("conns  requests  req/s    p50    p95    p99  errors")
  for (const connections of [1, 10]) {
    const r = await cannon(productsUrl, connections, headers)
    console.log(`${String(r.connections).padStart(5)} ${String(r.requests).padStart(9)} ${String(r.rps).padStart(6)} ${r.p50.toFixed(1).padStart(6)} ${r.p95.toFixed(1).padStart(6)} ${r.p99.toFixed(1).padStart(6)} ${String(r.errors).padStart(7)}`)
  }
} finally {
  await shop.stop()
}
