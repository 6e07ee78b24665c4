// `npm run bench:checkout`: 10 and then 50 shoppers at once through the whole checkout on the store
// API (cart, item, address, delivery, payment session, completion), each shopper one after the other
// for a few rounds. Prints success rate and the latency of each step, completion above all. Set-ups in
// turn, each on a freshly seeded shop: one backend process without Redis as `npm start` runs it; then
// cluster mode with Redis (packages/devkit/src/backend-cluster.mjs): one API process and a worker process
// that takes the subscribers and jobs (invoices) off it ("worker"), and two API processes and a worker
// ("cluster2"). CHECKOUT_SETUPS=single,worker,cluster2 picks them (default: all three).
import { benchRedis, benchShop, percentiles, shopApi } from "./shop.mjs"

const ROUNDS = Number(process.env.CHECKOUT_ROUNDS || 3)
const SETUPS = (process.env.CHECKOUT_SETUPS || "single,worker,cluster2").split(",")
const SERVERS = { worker: "1", cluster2: "2" }
const ADDRESS = {
  first_name: "Bench",
  last_name: "Shopper",
  address_1: "Hoofdstraat 1",
  postal_code: "7311 AA",
  city: "Apeldoorn",
  country_code: "nl",
}

/** The shop for a set-up: the cluster ones add Redis, a worker process and one or two API processes. */
async function shopFor(setup) {
  if (setup === "single") return benchShop()
  const servers = SERVERS[setup]
  if (!servers) throw new Error(`unknown set-up ${setup}: single, worker or cluster2`)
  return benchShop({ extra: { REDIS_URL: await benchRedis(), BACKEND_SERVERS: servers, BACKEND_WORKERS: "1" } })
}

for (const setup of SETUPS) await measure(setup)

async function measure(setup) {
  const shop = await shopFor(setup)
  const { api } = shopApi(shop)
  console.log(
    `\n### ${setup === "single" ? "one backend process (no Redis)" : `Redis, ${SERVERS[setup]} API process(es) and a worker`}`,
  )
  try {
    const { regions } = await api("/store/regions?fields=id,name,countries.iso_2")
    const region = regions.find((r) => r.countries.some((c) => c.iso_2 === "nl"))
    const { products } = await api(
      `/store/products?limit=200&region_id=${region.id}&fields=id,variants.id,+variants.inventory_quantity`,
    )
    // Every stocked unit is a ticket: no shopper asks for a variant that has run out.
    const tickets = products.flatMap((p) =>
      p.variants.flatMap((v) => Array.from({ length: Math.max(0, v.inventory_quantity) }, () => v.id)),
    )
    let next = 0

    async function checkout(shopper, timings) {
      const step = async (name, fn) => {
        const started = performance.now()
        const result = await fn()
        ;(timings[name] ??= []).push(performance.now() - started)
        return result
      }
      const variantId = tickets[next++ % tickets.length]
      const { cart } = await step("create cart", () =>
        api("/store/carts", { method: "POST", body: { region_id: region.id } }),
      )
      await step("add item", () =>
        api(`/store/carts/${cart.id}/line-items`, { method: "POST", body: { variant_id: variantId, quantity: 1 } }),
      )
      await step("address", () =>
        api(`/store/carts/${cart.id}`, {
          method: "POST",
          body: { email: `bench-${shopper}@example.nl`, shipping_address: ADDRESS, billing_address: ADDRESS },
        }),
      )
      const { shipping_options } = await step("shipping options", () =>
        api(`/store/shipping-options?cart_id=${cart.id}`),
      )
      const home = shipping_options.find((o) => o.name === "Thuisbezorgd")
      await step("shipping method", () =>
        api(`/store/carts/${cart.id}/shipping-methods`, { method: "POST", body: { option_id: home.id } }),
      )
      const { payment_collection } = await step("payment collection", () =>
        api("/store/payment-collections", { method: "POST", body: { cart_id: cart.id } }),
      )
      await step("payment session", () =>
        api(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
          method: "POST",
          body: { provider_id: "pp_system_default" },
        }),
      )
      const completed = await step("complete", () =>
        api(`/store/carts/${cart.id}/complete`, { method: "POST", body: {} }),
      )
      if (completed.type !== "order") throw new Error(`not an order: ${completed.error?.message}`)
    }

    for (const concurrency of [10, 50]) {
      const timings = {}
      let ok = 0
      let failed = 0
      const errors = new Map()
      const started = performance.now()
      await Promise.all(
        Array.from({ length: concurrency }, async (_, lane) => {
          for (let round = 0; round < ROUNDS; round++) {
            try {
              await checkout(`${concurrency}-${lane}-${round}-${Date.now()}`, timings)
              ok++
            } catch (error) {
              failed++
              const key = String(error.message)
                .replace(/cart_\w+|[0-9a-f-]{36}/g, "…")
                .slice(0, 120)
              errors.set(key, (errors.get(key) ?? 0) + 1)
            }
          }
        }),
      )
      const seconds = (performance.now() - started) / 1000
      console.log(
        `\n${concurrency} shoppers at once, ${ROUNDS} checkouts each: ${ok}/${ok + failed} orders (${((100 * ok) / (ok + failed)).toFixed(1)} %), ${(ok / seconds).toFixed(1)} orders/s over ${seconds.toFixed(1)} s`,
      )
      console.log("step                  n     p50     p95     p99    mean")
      for (const [name, samples] of Object.entries(timings)) {
        const r = percentiles(samples)
        console.log(
          `${name.padEnd(19)} ${String(r.n).padStart(4)} ${r.p50.toFixed(0).padStart(7)} ${r.p95.toFixed(0).padStart(7)} ${r.p99.toFixed(0).padStart(7)} ${String(Math.round(r.mean)).padStart(7)}`,
        )
      }
      for (const [message, count] of errors) console.log(`  failed ${count}×: ${message}`)
    }
  } finally {
    await shop.stop()
  }
}
