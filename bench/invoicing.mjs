// `npm run bench:invoicing`: orders placed against the production build, first 20 one after another (the
// invoice's own cost, nothing else running), then 200 at once; for each, how long the placement took and
// how long after the order its invoice (number, snapshot, PDF, hash) existed. Prints a table.
import { benchShop, percentiles, shopApi } from "./shop.mjs"

const SEQUENTIAL = 20
const ORDERS = 200
const PREPARE_CONCURRENCY = 10

const shop = await benchShop()
const { api, staff } = shopApi(shop)

/** A cart with one unit of the given variant, an address, home delivery and the offline payment provider. */
async function readyCart(regionId, variantId, i) {
  const address = {
    first_name: "Bench",
    last_name: `Koper ${i}`,
    address_1: "Hoofdstraat 1",
    postal_code: "7311 AA",
    city: "Apeldoorn",
    country_code: "nl",
  }
  const { cart } = await api("/store/carts", { method: "POST", body: { region_id: regionId } })
  await api(`/store/carts/${cart.id}/line-items`, { method: "POST", body: { variant_id: variantId, quantity: 1 } })
  await api(`/store/carts/${cart.id}`, {
    method: "POST",
    body: { email: `bench${i}@example.nl`, shipping_address: address, billing_address: address },
  })
  const { shipping_options } = await api(`/store/shipping-options?cart_id=${cart.id}`)
  await api(`/store/carts/${cart.id}/shipping-methods`, {
    method: "POST",
    body: { option_id: shipping_options.find((o) => o.name === "Thuisbezorgd").id },
  })
  const { payment_collection } = await api("/store/payment-collections", { method: "POST", body: { cart_id: cart.id } })
  await api(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    method: "POST",
    body: { provider_id: "pp_system_default" },
  })
  return cart.id
}

try {
  const { regions } = await api("/store/regions?fields=id,*countries")
  const regionId = regions.find((r) => r.countries.some((c) => c.iso_2 === "nl")).id
  const { products } = await api(
    `/store/products?limit=200&region_id=${regionId}&fields=id,variants.id,+variants.inventory_quantity`,
  )
  const variants = products.flatMap((p) => p.variants.filter((v) => v.inventory_quantity > 0))
  const picks = []
  for (let round = 0; picks.length < SEQUENTIAL + ORDERS; round++) {
    for (const v of variants) if (v.inventory_quantity > round && picks.length < SEQUENTIAL + ORDERS) picks.push(v.id)
  }

  const prepare = async (ids, offset) => {
    const carts = []
    for (let i = 0; i < ids.length; i += PREPARE_CONCURRENCY) {
      carts.push(
        ...(await Promise.all(
          ids.slice(i, i + PREPARE_CONCURRENCY).map((v, j) => readyCart(regionId, v, offset + i + j)),
        )),
      )
    }
    return carts
  }
  const complete = async (cartId) => {
    const started = performance.now()
    const result = await api(`/store/carts/${cartId}/complete`, { method: "POST", body: {} })
    return { ms: performance.now() - started, order: result.order }
  }

  const sequentialCarts = await prepare(picks.slice(0, SEQUENTIAL), 0)
  const sequential = []
  for (const cartId of sequentialCarts) {
    sequential.push(await complete(cartId))
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  const carts = await prepare(picks.slice(SEQUENTIAL), SEQUENTIAL)
  const placed = await Promise.all(carts.map(complete))
  const failed = placed.filter((p) => !p.order).length

  const admin = await staff()
  /** Every invoice, paging through the admin list. */
  const allInvoices = async () => {
    const page = (offset) => api(`/admin/invoices?kind=invoice&limit=100&offset=${offset}`, { headers: admin })
    const first = await page(0)
    const rest = await Promise.all(
      Array.from({ length: Math.ceil(first.count / 100) - 1 }, (_, i) => page((i + 1) * 100)),
    )
    return [first, ...rest].flatMap((p) => p.invoices)
  }
  const deadline = Date.now() + 120_000
  let invoices = await allInvoices()
  while (invoices.length < SEQUENTIAL + ORDERS - failed && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    invoices = await allInvoices()
  }
  // created_at: when the invoice row, with its number and PDF, was committed.
  const issuedAt = new Map(invoices.map((d) => [d.order_id, new Date(d.created_at).getTime()]))
  const delays = (rows) =>
    rows
      .filter((p) => p.order && issuedAt.has(p.order.id))
      .map((p) => issuedAt.get(p.order.id) - new Date(p.order.created_at).getTime())
  const numbers = invoices.map((d) => Number(d.number.split("-")[1])).sort((a, b) => a - b)
  const gapless = numbers.every((n, i) => n === i + 1)

  console.log(`\nOrders completed with POST /store/carts/:id/complete; ${failed} of the burst failed`)
  console.log("measure                                              p50      p95      p99     mean")
  const row = (name, r) =>
    console.log(
      `${name.padEnd(50)} ${r.p50.toFixed(0).padStart(6)} ${r.p95.toFixed(0).padStart(8)} ${r.p99.toFixed(0).padStart(8)} ${String(Math.round(r.mean)).padStart(8)}`,
    )
  row(`${SEQUENTIAL} one by one: placement, ms`, percentiles(sequential.map((p) => p.ms)))
  row(`${SEQUENTIAL} one by one: order placed → invoice issued, ms`, percentiles(delays(sequential)))
  row(`${ORDERS} at once: placement, ms`, percentiles(placed.map((p) => p.ms)))
  row(`${ORDERS} at once: order placed → invoice issued, ms`, percentiles(delays(placed)))
  console.log(`invoices: ${invoices.length}, numbers 1..${numbers.length} gapless: ${gapless}`)
} finally {
  await shop.stop()
}
