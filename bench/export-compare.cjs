// Run by bench/export-compare.mjs as `medusa exec bench/export-compare.cjs <e-mail> <git rev> <runs>` from the
// backend's build: one person's data export by the build's code ("after") and by the export code of an earlier commit
// ("before": export-sources.ts and export-archive.ts as they were at <rev>, compiled here and run against the same
// build, database and container), runs interleaved. Prints each run's time to the zip's last byte, the process's
// resident memory above its level at the start, a profile kind by kind, and whether the two zips hold the same files.
const { execFileSync } = require("node:child_process")
const { createHash } = require("node:crypto")
const { mkdtempSync, readFileSync, rmSync, writeFileSync } = require("node:fs")
const { createRequire } = require("node:module")
const os = require("node:os")
const path = require("node:path")
const { Writable } = require("node:stream")

const BUILD = process.cwd()
const ROOT = path.resolve(BUILD, "../../..")
const build = createRequire(path.join(BUILD, "package.json"))
const SOURCE_DIR = path.join(BUILD, "src/personal-data")
/** The files whose earlier version is run; every other import is the build's. */
const CHANGED = ["export-sources", "export-archive"]

/**
 * The export code of `rev`, compiled to CommonJS into `dir`: its imports point at the build's files and packages,
 * except the changed files, which point at each other's earlier versions.
 */
function loadBefore(rev, dir) {
  const ts = createRequire(path.join(ROOT, "package.json"))("typescript")
  const resolveFromSources = createRequire(path.join(SOURCE_DIR, "export-sources.js")).resolve
  for (const file of CHANGED) {
    const source = execFileSync("git", ["-C", ROOT, "show", `${rev}:backend/src/personal-data/${file}.ts`], {
      encoding: "utf8",
    })
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    })
    const rewired = outputText.replace(/require\("([^"]+)"\)/g, (_, spec) => {
      const own = CHANGED.find((name) => spec === `./${name}`)
      return `require(${JSON.stringify(own ? path.join(dir, `${own}.js`) : resolveFromSources(spec))})`
    })
    writeFileSync(path.join(dir, `${file}.js`), rewired)
  }
  return {
    sources: require(path.join(dir, "export-sources.js")),
    archive: require(path.join(dir, "export-archive.js")),
  }
}

const rssKb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync("/proc/self/status", "utf8"))?.[1] ?? 0)

/** A zip written to memory, with the time to its last byte and the resident memory's peak above the start. */
async function timedExport(code, container, subject, map, generatedAt) {
  const chunks = []
  const output = new Writable({
    write(chunk, _encoding, callback) {
      chunks.push(chunk)
      callback()
    },
  })
  const before = rssKb()
  let peak = before
  const sampler = setInterval(() => (peak = Math.max(peak, rssKb())), 20)
  const started = performance.now()
  await code.archive.writeExport(container, subject, map, output, generatedAt)
  const ms = performance.now() - started
  clearInterval(sampler)
  return { ms, zip: Buffer.concat(chunks), extraMb: (peak - before) / 1024 }
}

/** Every file in a zip by name, with its SHA-256. */
async function zipFiles(buffer) {
  const { readZip } = createRequire(path.join(ROOT, "package.json"))("@helder/testkit")
  const files = await readZip(buffer)
  return new Map([...files].map(([name, bytes]) => [name, createHash("sha256").update(bytes).digest("hex")]))
}

/** Each kind's source on its own, then the PDFs, as the export reads them (bench/export-profile.cjs, per version). */
async function profile(code, container, subject, kinds) {
  const times = {}
  for (const kind of kinds) {
    const started = performance.now()
    for await (const page of code.sources.EXPORT_SOURCES[kind](container, subject)) void page
    times[kind] = performance.now() - started
  }
  const invoicing = container.resolve(build("./src/modules/invoicing/index.js").INVOICING_MODULE)
  const started = performance.now()
  for await (const documents of code.sources.documentPages(container, subject))
    for (let i = 0; i < documents.length; i += 20) await invoicing.listPdfs(documents.slice(i, i + 20).map((d) => d.id))
  times["invoice PDFs"] = performance.now() - started
  return times
}

async function exportCompare({ container, args }) {
  const [email, rev, runsArg] = args
  if (!email || !rev) throw new Error("usage: medusa exec export-compare.cjs <e-mail> <git rev> [runs]")
  const runs = Number(runsArg ?? 5)
  const { EXPORT_KIND_IDS } = build("@helder/privacy")
  const { requestSubject } = build("./src/personal-data/data-subject.js")
  const { dataMap } = build("./src/lib/data-map.js")
  const dir = mkdtempSync(path.join(os.tmpdir(), "helder-export-before-"))
  try {
    // The earlier export code asks the invoicing service for each order's invoiced amounts in one call, which the
    // shop no longer has (its pages read the invoices once): given here, for this comparison only, as it was.
    const { INVOICING_MODULE, invoicedAmount } = {
      ...build("./src/modules/invoicing/index.js"),
      ...build("./src/modules/invoicing/service.js"),
    }
    const invoicing = container.resolve(INVOICING_MODULE)
    invoicing.invoicedAmounts ??= async (orderIds) => {
      if (!orderIds.length) return new Map()
      const invoices = await invoicing.listInvoiceDocuments(
        { order_id: orderIds, kind: "invoice" },
        { select: ["order_id", "snapshot"] },
      )
      return new Map(invoices.map((invoice) => [invoice.order_id, invoicedAmount(invoice.snapshot)]))
    }
    const versions = {
      before: loadBefore(rev, dir),
      after: {
        sources: build("./src/personal-data/export-sources.js"),
        archive: build("./src/personal-data/export-archive.js"),
      },
    }
    // One moment for every zip, so the two versions' files can be compared byte for byte.
    const generatedAt = new Date()
    const subjectStarted = performance.now()
    const subject = () => requestSubject(container, { customer_id: null, email })
    const first = await subject()
    console.log(
      `subject: ${first.orderIds.length} orders, found in ${(performance.now() - subjectStarted).toFixed(0)} ms`,
    )

    // A warm-up of each, not counted: the first export of a process also compiles and connects.
    const zips = {}
    for (const name of ["before", "after"]) {
      const warmUp = await timedExport(versions[name], container, await subject(), dataMap, generatedAt)
      zips[name] = warmUp.zip
      console.log(
        `${name.padEnd(6)} warm-up: ${warmUp.ms.toFixed(0).padStart(6)} ms (not counted; the first also pays the process's start)`,
      )
    }
    const rows = []
    for (let run = 0; run < runs; run++) {
      // Which version goes first alternates, so neither always meets the warmer cache.
      for (const name of run % 2 ? ["after", "before"] : ["before", "after"]) {
        const result = await timedExport(versions[name], container, await subject(), dataMap, generatedAt)
        rows.push({ name, run: run + 1, ...result })
        console.log(
          `${name.padEnd(6)} run ${run + 1}: ${result.ms.toFixed(0).padStart(6)} ms, zip ${(result.zip.length / 1024).toFixed(0)} kB, RSS peak +${result.extraMb.toFixed(1)} MB`,
        )
      }
    }
    const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
    for (const name of ["before", "after"]) {
      const of = rows.filter((r) => r.name === name)
      console.log(
        `median ${name}: ${median(of.map((r) => r.ms)).toFixed(0)} ms (${Math.min(...of.map((r) => r.ms)).toFixed(0)}–${Math.max(...of.map((r) => r.ms)).toFixed(0)}), RSS peak above the start ${median(of.map((r) => r.extraMb)).toFixed(1)} MB (max ${Math.max(...of.map((r) => r.extraMb)).toFixed(1)})`,
      )
    }

    const files = { before: await zipFiles(zips.before), after: await zipFiles(zips.after) }
    const names = [...new Set([...files.before.keys(), ...files.after.keys()])].sort()
    const differing = names.filter((name) => files.before.get(name) !== files.after.get(name))
    console.log(
      differing.length
        ? `zips DIFFER in ${differing.length} of ${names.length} files: ${differing.join(", ")}`
        : `zips: the same ${names.length} files, byte for byte (data.json, ${names.filter((n) => n.startsWith("csv/")).length} CSV files, ${names.filter((n) => n.endsWith(".pdf")).length} PDFs, README.html)`,
    )

    const kinds = EXPORT_KIND_IDS
    const times = {
      before: await profile(versions.before, container, await subject(), kinds),
      after: await profile(versions.after, container, await subject(), kinds),
    }
    console.log("\nprofile, one pass each (ms)     before    after")
    for (const kind of [...kinds, "invoice PDFs"])
      console.log(
        `${kind.padEnd(28)} ${times.before[kind].toFixed(0).padStart(9)} ${times.after[kind].toFixed(0).padStart(8)}`,
      )
    const sum = (t) => Object.values(t).reduce((a, b) => a + b, 0)
    console.log(
      `${"all".padEnd(28)} ${sum(times.before).toFixed(0).padStart(9)} ${sum(times.after).toFixed(0).padStart(8)}`,
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

module.exports = { default: exportCompare }
