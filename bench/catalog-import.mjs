// `node bench/catalog-import.mjs`: imports a generated catalog of 1 000 products (2 variants each, every
// product published as a light source with its lighting, safety and energy label data, so every publish
// check runs) through POST /admin/catalog-imports against the production build, then the same file again
// (a re-import: nothing changes) and once more with new prices and stock. Prints products/s for each.
// Backend only, on its own embedded PostgreSQL (:5437) and port (:9210).
import { ean13CheckDigit, kwhPer1000h } from "@helder/lighting"
import { ensureDatabase, startEmbeddedPostgres } from "../packages/devkit/src/database.mjs"
import { ensureAppRole } from "../packages/devkit/src/db-roles.cjs"
import { stopAll } from "../packages/devkit/src/processes.mjs"
import { backendEnv, ensureAdmin, migrate, publishableKey, seed, startBackend } from "../packages/devkit/src/shop.mjs"
import { turbo } from "../packages/devkit/src/turbo.mjs"
import { databaseUrl } from "../packages/devkit/src/database.mjs"
import { BENCH_ADMIN, benchLog, shopApi } from "./shop.mjs"

const PRODUCTS = Number(process.env.PRODUCTS ?? 1000)
const CATEGORIES = [
  "hanglampen",
  "wandlampen",
  "plafondlampen",
  "tafellampen",
  "vloerlampen",
  "buitenverlichting",
  "led-lampen",
  "spots",
  "slimme-verlichting",
]
const HEADER = [
  "handle",
  "title",
  "title_en",
  "description",
  "description_en",
  "category",
  "status",
  "thumbnail",
  "material",
  "weight",
  "option1_title",
  "option1_value",
  "sku",
  "price_eur",
  "stock",
  "fitting",
  "kelvin",
  "wattage",
  "lumen",
  "dimmable",
  "ip_rating",
  "energy_class",
  "beam_angle",
  "manufacturer_name",
  "manufacturer_address",
  "manufacturer_email",
  "manufacturer_country",
  "safety_nl",
  "safety_en",
  "model",
  "ean",
  "energy_scope",
  "eprel_number",
  "energy_kwh_1000h",
]
const quote = (value) => (/[",\n]/.test(String(value)) ? `"${String(value).replaceAll('"', '""')}"` : String(value))
const ean = (n) => {
  const stem = `87198${String(n).padStart(7, "0")}`
  return `${stem}${ean13CheckDigit(stem)}`
}

/** The CSV of PRODUCTS light sources; `round` changes every price and stock figure. */
function catalogCsv(round = 0) {
  const rows = [HEADER.join(",")]
  for (let i = 0; i < PRODUCTS; i++) {
    const wattage = 3 + (i % 8)
    for (const [v, kelvin] of [2700, 4000].entries()) {
      const n = i * 2 + v
      rows.push(
        [
          `bench-lamp-${i}`,
          `Benchlamp ${i}`,
          `Bench lamp ${i}`,
          `Lamp nummer ${i} voor de meting.`,
          `Lamp number ${i} for the benchmark.`,
          CATEGORIES[i % CATEGORIES.length],
          "published",
          `https://img.example/bench-${i}.jpg`,
          "Glas",
          80,
          "Kleurtemperatuur",
          `${kelvin} K`,
          `BENCH-${i}-${kelvin}`,
          (4.95 + (i % 50) + v + round).toFixed(2),
          10 + round + v,
          "E27",
          kelvin,
          wattage,
          wattage * 100 + v * 20,
          "true",
          "IP20",
          "F",
          "",
          "Benchlicht B.V.",
          "Meetweg 1, 1234 AB Utrecht",
          "veiligheid@benchlicht.example.nl",
          "NL",
          "Alleen binnen.|Niet afdekken.",
          "Indoor use only.|Do not cover.",
          `BL-${i}`,
          ean(n),
          "light_source",
          String(1_000_000 + n),
          kwhPer1000h(wattage),
        ]
          .map(quote)
          .join(","),
      )
    }
  }
  return rows.join("\n")
}

await turbo(["run", "build", "--filter=@helder/backend...", "--output-logs=errors-only"])
const pg = await startEmbeddedPostgres({ name: "bench-catalog-postgres", port: 5437 })
try {
  await ensureDatabase(pg.settings, "helder_bench_catalog", { fresh: true })
  const env = backendEnv({
    databaseUrl: databaseUrl(pg.settings, "helder_bench_catalog"),
    port: 9210,
    storefrontUrl: "http://localhost:8210",
  })
  await migrate(env)
  await seed(env)
  await ensureAdmin(pg.settings, "helder_bench_catalog", env, BENCH_ADMIN)
  const appSettings = await ensureAppRole(pg.settings, "helder_bench_catalog")
  await startBackend({ ...env, DATABASE_URL: databaseUrl(appSettings, "helder_bench_catalog") }, { onLine: benchLog })
  const { call, staff } = shopApi({
    backendUrl: env.MEDUSA_BACKEND_URL,
    key: await publishableKey(pg.settings, "helder_bench_catalog"),
  })
  const headers = await staff()

  const results = []
  for (const [label, csv] of [
    ["first import (creates)", catalogCsv()],
    ["same file again", catalogCsv()],
    ["new prices and stock", catalogCsv(1)],
  ]) {
    const started = performance.now()
    const answer = await call(`${env.MEDUSA_BACKEND_URL}/admin/catalog-imports`, {
      method: "POST",
      headers,
      body: { csv },
    })
    const seconds = (performance.now() - started) / 1000
    results.push({ label, seconds, answer, bytes: csv.length })
  }
  console.log(
    `\nCatalog import, ${PRODUCTS} products × 2 variants (${(results[0].bytes / 1e6).toFixed(1)} MB CSV), one request each:`,
  )
  for (const { label, seconds, answer } of results) {
    console.log(
      `${label.padEnd(24)} ${seconds.toFixed(1).padStart(6)} s   ${(PRODUCTS / seconds).toFixed(1).padStart(6)} products/s   (created ${answer.created}, updated ${answer.updated})`,
    )
  }
} finally {
  await stopAll()
  await pg.server.stop()
}
