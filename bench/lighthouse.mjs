// `npm run bench:lighthouse`: Lighthouse (mobile profile, Debian Chromium) on home, a category and a
// product page of a freshly seeded shop, as a first visit, so the consent banner is showing. Prints
// performance score (median and lowest), LCP (and which element it is), CLS, total JS, and the banner's
// JS+CSS gzipped. The first run of each page renders it into the page cache; the others are served from it.
import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { gzipSync } from "node:zlib"
import * as chromeLauncher from "chrome-launcher"
import lighthouse from "lighthouse"
import { findChromium } from "../packages/devkit/src/browser.mjs"
import { STOREFRONT_DIR } from "../packages/devkit/src/paths.mjs"
import { benchShop } from "./shop.mjs"

const RUNS = 5

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

const shop = await benchShop()
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
  const pages = {
    home: "/nl",
    category: "/nl/categories/hanglampen",
    product: "/nl/products/hanglamp-nova-40",
    "category with labels": "/nl/categories/led-lampen",
    "product with labels": "/nl/products/led-lamp-e27-filament-a60-helder",
  }
  const rows = []
  for (const [name, pagePath] of Object.entries(pages)) {
    const runs = []
    for (let i = 0; i < RUNS; i++) {
      // Lighthouse starts every run with empty storage: a first visit, banner showing.
      const { lhr } = await lighthouse(`${shop.storefrontUrl}${pagePath}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance"],
      })
      const scripts = lhr.audits["resource-summary"].details.items.find((item) => item.resourceType === "script")
      const lcpElement = lhr.audits["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node
      // A run Lighthouse could not finish (it says why) is reported, not averaged in.
      if (lhr.runtimeError || lhr.categories.performance.score === null) {
        console.log(`${name} run ${i + 1}: ${lhr.runtimeError?.code ?? "no score"}`)
        continue
      }
      runs.push({
        score: Math.round(lhr.categories.performance.score * 100),
        lcp: Math.round(lhr.audits["largest-contentful-paint"].numericValue),
        fcp: Math.round(lhr.audits["first-contentful-paint"].numericValue),
        tbt: Math.round(lhr.audits["total-blocking-time"].numericValue),
        si: Math.round(lhr.audits["speed-index"].numericValue),
        cls: lhr.audits["cumulative-layout-shift"].numericValue,
        js: Math.round((scripts?.transferSize ?? 0) / 1024),
        lcpElement: lcpElement?.selector ?? "?",
        // What moved, so a shift can be found and fixed rather than only counted.
        shifted: (lhr.audits["layout-shifts"]?.details?.items ?? []).map(
          (item) => `${item.node?.selector ?? "?"} (${item.score?.toFixed(3)})`,
        ),
      })
    }
    if (runs.length === 0) throw new Error(`Lighthouse finished no run of the ${name} page`)
    runs.forEach((run, index) => {
      if (run.cls > 0.01)
        console.log(`${name} run ${index + 1}: CLS ${run.cls.toFixed(3)} from ${run.shifted.join(", ")}`)
    })
    const middle = runs.find((run) => run.score === median(runs.map((r) => r.score)))
    rows.push({
      page: name,
      runs: runs.length,
      lowest: Math.min(...runs.map((r) => r.score)),
      score: median(runs.map((r) => r.score)),
      lcp: median(runs.map((r) => r.lcp)),
      fcp: median(runs.map((r) => r.fcp)),
      tbt: median(runs.map((r) => r.tbt)),
      si: median(runs.map((r) => r.si)),
      cls: Math.max(...runs.map((r) => r.cls)),
      js: median(runs.map((r) => r.js)),
      lcpElement: middle.lcpElement,
      banner: runs.some((r) => /cc-main|\.cm\b|\.pm\b|cm__|pm__|cc-line/.test(r.lcpElement)) ? "yes" : "no",
    })
  }
  console.log(
    `\nLighthouse ${RUNS} runs per page (median; lowest score; CLS the worst run), mobile profile, first visit with the banner showing`,
  )
  console.log(
    "| page | runs | performance | lowest | FCP ms | LCP ms | TBT ms | SI ms | CLS | JS kB (transfer) | LCP element | banner is LCP |",
  )
  console.log("|---|---|---|---|---|---|---|---|---|---|---|---|")
  for (const r of rows)
    console.log(
      `| ${r.page} | ${r.runs} | ${r.score} | ${r.lowest} | ${r.fcp} | ${r.lcp} | ${r.tbt} | ${r.si} | ${r.cls.toFixed(3)} | ${r.js} | \`${r.lcpElement}\` | ${r.banner} |`,
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
} finally {
  await chrome.kill()
  await shop.stop()
}
