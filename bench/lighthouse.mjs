// `npm run bench:lighthouse`: Lighthouse (mobile profile, Debian Chromium) on home, a category and a
// product page of a freshly seeded shop, as a first visit, so the consent banner is showing. Prints
// performance score (median and lowest), FCP, LCP (and which element it is), TBT, Speed Index, CLS, total
// JS and the number of requests, and the banner's JS+CSS gzipped. Each page is fetched twice before it is
// measured, so every measured run is served from the page cache.
//
// BENCH_STARTER_DIR=<dir>: Medusa's own starter (medusajs/dtc-starter's apps/storefront, installed in
// <dir>; bench/starter.mjs says how) is built against the same backend and served on :8300, and home,
// category and product are measured on both storefronts in alternating runs, side by side. The starter
// has no consent banner. Without it, Helder alone, with two more pages that show energy labels.
// BENCH_LIGHTHOUSE_RUNS=<n> changes the runs per page and storefront (default 5).
import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { gzipSync } from "node:zlib"
import * as chromeLauncher from "chrome-launcher"
import lighthouse from "lighthouse"
import { findChromium } from "../packages/devkit/src/browser.mjs"
import { STOREFRONT_DIR } from "../packages/devkit/src/paths.mjs"
import { benchShop } from "./shop.mjs"
import { startStarter } from "./starter.mjs"

const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5)
const STARTER_DIR = process.env.BENCH_STARTER_DIR
const STARTER_PORT = 8300

/** The gzipped size of the built files that hold the banner: the library's chunk and its CSS. */
function bannerBytes() {
  const sizes = { js: 0, css: 0, files: [] }
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(file)
      else if (/\.(js|css)$/.test(entry.name)) {
        const text = readFileSync(file)
        // The library's code and stylesheet carry its "cc-main" root id; the banner component its cookie name.
        if (!text.includes("cc-main") && !text.includes("helder_consent")) continue
        const kind = entry.name.endsWith(".css") ? "css" : "js"
        sizes[kind] += gzipSync(text).length
        sizes.files.push(path.relative(STOREFRONT_DIR, file))
      }
    }
  }
  walk(path.join(STOREFRONT_DIR, ".next", "static"))
  return sizes
}

/**
 * What the energy labels (Regulation (EU) 2019/2015) add to a page, gzipped: the page as served against
 * the same page with every nested display cut out, and the largest full label (SVG) the page opens.
 */
async function labelBytes(storefrontUrl, pagePath) {
  const html = await (await fetch(`${storefrontUrl}${pagePath}`)).text()
  const displays =
    /<div data-variant-label[^>]*>[\s\S]*?<\/div>|<span class="energy-display"[\s\S]*?<\/button><\/span><\/span>/g
  const count = html.match(displays)?.length ?? 0
  const withoutLabels = html.replace(displays, "")
  const svgs = [...new Set([...html.matchAll(/src="(\/api\/energy-label\/[^"]+)"/g)].map((match) => match[1]))]
  let largestSvg = 0
  for (const src of svgs)
    largestSvg = Math.max(largestSvg, gzipSync(await (await fetch(`${storefrontUrl}${src}`)).text()).length)
  return { page: pagePath, displays: count, added: gzipSync(html).length - gzipSync(withoutLabels).length, largestSvg }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** One Lighthouse run (empty storage: a first visit, banner showing); null when Lighthouse could not finish it. */
async function measure(port, url, label) {
  const { lhr } = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: ["performance"] })
  // A run Lighthouse could not finish (it says why) is reported, not averaged in.
  if (lhr.runtimeError || lhr.categories.performance.score === null) {
    console.log(`${label}: ${lhr.runtimeError?.code ?? "no score"}`)
    return null
  }
  const scripts = lhr.audits["resource-summary"].details.items.find((item) => item.resourceType === "script")
  const lcpElement = lhr.audits["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node
  return {
    score: Math.round(lhr.categories.performance.score * 100),
    lcp: Math.round(lhr.audits["largest-contentful-paint"].numericValue),
    fcp: Math.round(lhr.audits["first-contentful-paint"].numericValue),
    tbt: Math.round(lhr.audits["total-blocking-time"].numericValue),
    si: Math.round(lhr.audits["speed-index"].numericValue),
    cls: lhr.audits["cumulative-layout-shift"].numericValue,
    js: Math.round((scripts?.transferSize ?? 0) / 1024),
    requests: lhr.audits["network-requests"]?.details?.items?.length ?? 0,
    lcpElement: lcpElement?.selector ?? "?",
    // What moved, so a shift can be found and fixed rather than only counted.
    shifted: (lhr.audits["layout-shifts"]?.details?.items ?? []).map(
      (item) => `${item.node?.selector ?? "?"} (${item.score?.toFixed(3)})`,
    ),
  }
}

/** Medians of a page's runs (lowest score; CLS the worst run), after naming every run that shifted. */
function summarize(name, runs) {
  if (runs.length === 0) throw new Error(`Lighthouse finished no run of ${name}`)
  runs.forEach((run, index) => {
    if (run.cls > 0.01)
      console.log(`${name} run ${index + 1}: CLS ${run.cls.toFixed(3)} from ${run.shifted.join(", ")}`)
  })
  const score = median(runs.map((r) => r.score))
  return {
    runs: runs.length,
    lowest: Math.min(...runs.map((r) => r.score)),
    score,
    lcp: median(runs.map((r) => r.lcp)),
    fcp: median(runs.map((r) => r.fcp)),
    tbt: median(runs.map((r) => r.tbt)),
    si: median(runs.map((r) => r.si)),
    cls: Math.max(...runs.map((r) => r.cls)),
    js: median(runs.map((r) => r.js)),
    requests: median(runs.map((r) => r.requests)),
    lcpElement: runs.find((run) => run.score === score).lcpElement,
    banner: runs.some((r) => /cc-main|\.cm\b|\.pm\b|cm__|pm__|cc-line/.test(r.lcpElement)) ? "yes" : "no",
  }
}

/** Two plain requests per page: the first renders it (into Helder's page cache, the starter's fetch cache). */
async function warm(baseUrl, paths) {
  for (const pagePath of paths) for (let i = 0; i < 2; i++) await (await fetch(`${baseUrl}${pagePath}`)).text()
}

const shop = await benchShop(
  // The starter's browser code calls the store API itself (its product option filter).
  STARTER_DIR ? { extra: { STORE_CORS: `http://localhost:8200,http://localhost:${STARTER_PORT}` } } : {},
)
const starterUrl = STARTER_DIR ? await startStarter(shop, { dir: STARTER_DIR, port: STARTER_PORT }) : null
const chrome = await chromeLauncher.launch({
  chromePath: (await findChromium()) ?? undefined,
  chromeFlags: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
})
try {
  const shared = {
    home: "/nl",
    category: "/nl/categories/hanglampen",
    product: "/nl/products/hanglamp-nova-40",
  }
  const labelled = {
    "category with labels": "/nl/categories/led-lampen",
    "product with labels": "/nl/products/led-lamp-e27-filament-a60-helder",
  }
  if (starterUrl) await compareWithStarter(shared)
  else await helderAlone({ ...shared, ...labelled })
} finally {
  await chrome.kill()
  await shop.stop()
}

/** Helder's pages alone, the energy labels' bytes and the banner's size. */
async function helderAlone(pages) {
  await warm(shop.storefrontUrl, Object.values(pages))
  const rows = []
  for (const [name, pagePath] of Object.entries(pages)) {
    const runs = []
    for (let i = 0; i < RUNS; i++) {
      const run = await measure(chrome.port, `${shop.storefrontUrl}${pagePath}`, `${name} run ${i + 1}`)
      if (run) runs.push(run)
    }
    rows.push({ page: name, ...summarize(`the ${name} page`, runs) })
  }
  console.log(
    `\nLighthouse ${RUNS} runs per page (median; lowest score; CLS the worst run), mobile profile, first visit with the banner showing`,
  )
  console.log(
    "| page | runs | performance | lowest | FCP ms | LCP ms | TBT ms | SI ms | CLS | JS kB (transfer) | requests | LCP element | banner is LCP |",
  )
  console.log("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
  for (const r of rows)
    console.log(
      `| ${r.page} | ${r.runs} | ${r.score} | ${r.lowest} | ${r.fcp} | ${r.lcp} | ${r.tbt} | ${r.si} | ${r.cls.toFixed(3)} | ${r.js} | ${r.requests} | \`${r.lcpElement}\` | ${r.banner} |`,
    )
  console.log(
    "\nEnergy labels, gzipped bytes: what the nested displays add to the page as served, and the largest full label (SVG, loaded only when opened)",
  )
  console.log("| page | nested displays | added to the page | largest label SVG |")
  console.log("|---|---|---|---|")
  for (const pagePath of [pages["category with labels"], pages["product with labels"]]) {
    const bytes = await labelBytes(shop.storefrontUrl, pagePath)
    console.log(`| ${bytes.page} | ${bytes.displays} | ${bytes.added} | ${bytes.largestSvg} |`)
  }
  const banner = bannerBytes()
  console.log(
    `\nBanner (vanilla-cookieconsent + Helder's banner code), gzipped: JS ${(banner.js / 1024).toFixed(1)} kB, CSS ${(banner.css / 1024).toFixed(1)} kB — ${banner.files.join(", ")}`,
  )
}

/**
 * The same pages on Helder and on Medusa's starter, one run of each in turn (who goes first changes every
 * round), so whatever else the machine does falls on both alike. Then issue 21's targets for Helder.
 */
async function compareWithStarter(pages) {
  const sides = { Helder: shop.storefrontUrl, starter: starterUrl }
  for (const baseUrl of Object.values(sides)) await warm(baseUrl, Object.values(pages))
  const rows = []
  for (const [name, pagePath] of Object.entries(pages)) {
    const runs = { Helder: [], starter: [] }
    for (let i = 0; i < RUNS; i++) {
      const order = i % 2 === 0 ? ["Helder", "starter"] : ["starter", "Helder"]
      for (const side of order) {
        const run = await measure(chrome.port, `${sides[side]}${pagePath}`, `${name} on ${side}, run ${i + 1}`)
        if (run) runs[side].push(run)
      }
    }
    rows.push({
      page: `${name} \`${pagePath}\``,
      Helder: summarize(`${name} on Helder`, runs.Helder),
      starter: summarize(`${name} on the starter`, runs.starter),
    })
  }
  console.log(
    `\nLighthouse beside Medusa's starter: ${RUNS} alternating runs per page and storefront (median; lowest score; CLS the worst run), mobile profile, first visit (Helder's consent banner showing; the starter has none)`,
  )
  console.log(
    "| page | storefront | runs | performance | lowest | FCP ms | LCP ms | TBT ms | CLS | JS kB (transfer) | requests | LCP element |",
  )
  console.log("|---|---|---|---|---|---|---|---|---|---|---|---|")
  for (const row of rows)
    for (const side of ["Helder", "starter"]) {
      const r = row[side]
      console.log(
        `| ${row.page} | ${side} | ${r.runs} | ${r.score} | ${r.lowest} | ${r.fcp} | ${r.lcp} | ${r.tbt} | ${r.cls.toFixed(3)} | ${r.js} | ${r.requests} | \`${r.lcpElement}\` |`,
      )
    }
  console.log("\nIssue 21's targets for Helder: score ≥ the starter's, TBT ≤ 200 ms, LCP ≤ 2.0 s")
  for (const { page, Helder, starter } of rows) {
    const misses = [
      Helder.score < starter.score && `score ${Helder.score} < ${starter.score}`,
      Helder.tbt > 200 && `TBT ${Helder.tbt} ms`,
      Helder.lcp > 2000 && `LCP ${Helder.lcp} ms`,
    ].filter(Boolean)
    console.log(`- ${page}: ${misses.length ? `missed (${misses.join(", ")})` : "met"}`)
  }
}
