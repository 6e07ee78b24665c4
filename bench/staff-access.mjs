// `npm run bench:staff`: what need-to-know costs an admin request, against the production build.
// 1. The permission check's own work per request: the surface table's lookup and the role's permission
//    (compiled backend code, best of 3 × 200 000 calls), in µs.
// 2. The staff guard's two database lookups per request (the user's role, the login's session), timed
//    as the same indexed SELECTs over one connection, p50 of 2 000, in µs.
// 3. Masking on the order list with 50 orders, in one run: the route's p50 over HTTP (GET /admin/orders,
//    limit 50, the fields Medusa Admin's list asks), and the p50 of masking that very answer in process.
import { createRequire } from "node:module"
import path from "node:path"
import pg from "pg"
import { BACKEND_SERVER_DIR } from "../packages/devkit/src/paths.mjs"
import { benchShop, shopApi } from "./shop.mjs"

const ORDERS = 50
const RUNS = 200
const require = createRequire(path.join(BACKEND_SERVER_DIR, "package.json"))
const p50 = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

function permissionCheckMicroseconds(calls = 200_000) {
  const { exposureOf } = require("./src/api/surface/guard.js")
  const { allows } = require("./src/api/surface/roles.js")
  const paths = [
    "/admin/orders/order_01JBENCH/fulfillments",
    "/admin/products",
    "/admin/invoices/invdoc_01JBENCH/pdf",
    "/admin/customers",
  ]
  const round = () => {
    const started = process.hrtime.bigint()
    for (let i = 0; i < calls; i++) {
      const found = exposureOf("GET", paths[i % paths.length])
      if (found?.exposure.kind === "staff") allows("order-handling", found.exposure.permission)
    }
    return Number(process.hrtime.bigint() - started) / 1000 / calls
  }
  round()
  return Math.min(round(), round(), round())
}

async function guardLookupsMicroseconds(shop, userId) {
  const client = new pg.Client({ connectionString: shop.env.DATABASE_URL })
  await client.connect()
  const times = []
  try {
    for (let i = 0; i < 2_000; i++) {
      const started = process.hrtime.bigint()
      await client.query(`select role from staff_role where user_id = $1 and deleted_at is null limit 1`, [userId])
      await client.query(`select * from staff_session where key_hash = $1 and deleted_at is null limit 1`, [
        "0".repeat(64),
      ])
      times.push(Number(process.hrtime.bigint() - started) / 1000)
    }
  } finally {
    await client.end()
  }
  return p50(times)
}

const shop = await benchShop()
try {
  const { api, staff, placeOrder } = shopApi(shop)
  const admin = await staff()
  const { user } = await api("/admin/staff/me", { headers: admin })
  const { regions } = await api("/store/regions?fields=id,*countries")
  const regionId = regions.find((r) => r.countries.some((c) => c.iso_2 === "nl")).id
  const { products } = await api(
    `/store/products?limit=200&region_id=${regionId}&fields=id,variants.id,+variants.inventory_quantity`,
  )
  const variants = products.flatMap((p) => p.variants.filter((v) => v.inventory_quantity > 0)).map((v) => v.id)
  for (let i = 0; i < ORDERS; i++)
    await placeOrder({
      email: `bench-${i}@example.nl`,
      regionId,
      variantId: variants[i % variants.length],
      lastName: `Klant${i}`,
    })

  const listPath =
    "/admin/orders?limit=50&offset=0&order=-created_at&fields=id,status,created_at,email,display_id,payment_status,fulfillment_status,total,currency_code,customer.id,customer.email,customer.first_name,customer.last_name,shipping_address.first_name,shipping_address.last_name,shipping_address.address_1,shipping_address.postal_code,shipping_address.city"
  const routeTimes = []
  let body
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now()
    const response = await fetch(`${shop.backendUrl}${listPath}`, { headers: admin })
    body = await response.json()
    routeTimes.push(performance.now() - started)
    if (!response.ok) throw new Error(`order list: ${response.status} ${body.message}`)
  }
  if (body.orders.length !== ORDERS) throw new Error(`expected ${ORDERS} orders, the list has ${body.orders.length}`)
  const { maskPersonalData } = require("./src/lib/masking.js")
  const maskTimes = []
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint()
    maskPersonalData(body)
    maskTimes.push(Number(process.hrtime.bigint() - started) / 1e6)
  }
  const check = permissionCheckMicroseconds()
  const lookups = await guardLookupsMicroseconds(shop, user.id)
  const route = p50(routeTimes)
  const mask = p50(maskTimes)
  console.log("Need-to-know per admin request (production build, embedded PostgreSQL)")
  console.log(`  permission check (surface lookup + role):     ${check.toFixed(2)} µs`)
  console.log(`  guard's role + session lookups (2 SELECTs):    ${lookups.toFixed(0)} µs p50`)
  console.log(`  GET /admin/orders, ${ORDERS} orders, masked:         ${route.toFixed(1)} ms p50 (${RUNS} requests)`)
  console.log(
    `  masking that answer (${(JSON.stringify(body).length / 1024).toFixed(0)} KB JSON) in process: ${mask.toFixed(2)} ms p50 = ${((mask / route) * 100).toFixed(1)} % of the route`,
  )
} finally {
  await shop.stop()
}
