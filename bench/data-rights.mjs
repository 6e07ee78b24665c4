// `npm run bench:data-rights`: one shopper's data export at 50 and at 500 orders (each with its invoice
// PDF), through the privacy desk's export route against the production build: time to the last byte,
// zip size, and the backend's resident memory (peak, and above its level just before; sampled every 20 ms).
// Then the erasure of that shopper (500 orders, cancelled first so none is open). Prints a table.
import { execFileSync } from "node:child_process"
import { readFileSync } from "node:fs"
import { benchShop, shopApi } from "./shop.mjs"

const EMAIL = "bench-export@example.nl"
const SIZES = [50, 500]
const RUNS = 5
const CONCURRENCY = 10

const shop = await benchShop()
const { api, staff, placeOrder } = shopApi(shop)

/** The pid of the process listening on the backend's port (the one whose memory the export uses). */
function backendPid() {
  const port = new URL(shop.backendUrl).port
  const line = execFileSync("ss", ["-ltnpH", `sport = :${port}`], { encoding: "utf8" })
  return Number(/pid=(\d+)/.exec(line)?.[1])
}
const rssKb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0)

try {
  const admin = await staff()
  const { regions } = await api("/store/regions?fields=id,*countries")
  const regionId = regions.find((r) => r.countries.some((c) => c.iso_2 === "nl")).id
  const { products } = await api(
    `/store/products?limit=200&region_id=${regionId}&fields=id,variants.id,+variants.inventory_quantity`,
  )
  const variants = products.flatMap((p) => p.variants.filter((v) => v.inventory_quantity > 0))
  const picks = []
  for (let round = 0; picks.length < SIZES.at(-1); round++) {
    for (const v of variants) if (v.inventory_quantity > round && picks.length < SIZES.at(-1)) picks.push(v.id)
  }

  const pid = backendPid()
  const startRss = rssKb(pid)
  const orderIds = []
  const rows = []
  for (const size of SIZES) {
    while (orderIds.length < size) {
      // The first order alone: Medusa creates the guest customer for a new address, and two at once collide.
      const batch = picks.slice(orderIds.length, Math.min(size, orderIds.length + (orderIds.length ? CONCURRENCY : 1)))
      orderIds.push(...(await Promise.all(batch.map((v) => placeOrder({ email: EMAIL, regionId, variantId: v })))))
    }
    // Wait until every order has its invoice (issued by the order.placed subscriber).
    for (let count = 0; count < size;) {
      count = (await api(`/admin/invoices?kind=invoice&limit=1`, { headers: admin })).count
      if (count < size) await new Promise((resolve) => setTimeout(resolve, 500))
    }
    for (let run = 0; run < RUNS; run++) {
      const { request } = await api("/admin/privacy-requests", {
        method: "POST",
        headers: admin,
        body: { kind: "export", email: EMAIL, received_on: new Date().toISOString().slice(0, 10) },
      })
      await api(`/admin/privacy-requests/${request.id}/actions`, {
        method: "POST",
        headers: admin,
        body: { action: "verify_identity", method: "benchmark" },
      })
      await new Promise((resolve) => setTimeout(resolve, 1000))
      const before = rssKb(pid)
      let peak = before
      const sampler = setInterval(() => (peak = Math.max(peak, rssKb(pid))), 20)
      const started = performance.now()
      const response = await fetch(`${shop.backendUrl}/admin/privacy-requests/${request.id}/export`, {
        method: "POST",
        headers: admin,
        body: JSON.stringify({ reason: "benchmark" }),
      })
      const bytes = (await response.arrayBuffer()).byteLength
      const ms = performance.now() - started
      clearInterval(sampler)
      if (!response.ok) throw new Error(`export failed: ${response.status}`)
      rows.push({ size, run: run + 1, ms, bytes, extraMb: (peak - before) / 1024, peakMb: peak / 1024 })
    }
  }

  for (let i = 0; i < orderIds.length; i += CONCURRENCY) {
    await Promise.all(
      orderIds
        .slice(i, i + CONCURRENCY)
        .map((id) => api(`/admin/orders/${id}/cancel`, { method: "POST", headers: admin, body: {} })),
    )
  }
  const { request } = await api("/admin/privacy-requests", {
    method: "POST",
    headers: admin,
    body: { kind: "erasure", email: EMAIL, received_on: new Date().toISOString().slice(0, 10) },
  })
  await api(`/admin/privacy-requests/${request.id}/actions`, {
    method: "POST",
    headers: admin,
    body: { action: "verify_identity", method: "benchmark" },
  })
  const started = performance.now()
  const erased = await api(`/admin/privacy-requests/${request.id}/erase`, {
    method: "POST",
    headers: admin,
    body: { reason: "benchmark" },
  })
  const erasureMs = performance.now() - started
  const detail = await api(`/admin/privacy-requests/${request.id}`, { headers: admin })

  console.log("\nExport of one shopper through POST /admin/privacy-requests/:id/export (time to last byte)")
  console.log(`backend RSS before the first export: ${(startRss / 1024).toFixed(0)} MB`)
  console.log("orders  run      ms   zip kB   RSS peak, MB   peak above the export's start, MB")
  for (const r of rows)
    console.log(
      `${String(r.size).padStart(6)} ${String(r.run).padStart(4)} ${r.ms.toFixed(0).padStart(7)} ${(r.bytes / 1024).toFixed(0).padStart(8)} ${r.peakMb.toFixed(0).padStart(13)} ${r.extraMb.toFixed(1).padStart(14)}`,
    )
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  for (const size of SIZES) {
    const of = rows.filter((r) => r.size === size)
    console.log(
      `median of ${of.length} at ${size} orders: ${median(of.map((r) => r.ms)).toFixed(0)} ms, ${median(of.map((r) => r.extraMb)).toFixed(1)} MB above the export's start`,
    )
  }
  const scan = detail.request.receipt?.scan
  console.log(
    `\nErasure of the same shopper (${orderIds.length} orders, ${orderIds.length} invoices + ${orderIds.length} credit notes kept): ${erasureMs.toFixed(0)} ms, outcome ${erased.outcome}, residue scan ${scan?.passed ? "passed" : "FAILED"} over ${scan?.columns} columns in ${scan?.ms} ms`,
  )
} finally {
  await shop.stop()
}
