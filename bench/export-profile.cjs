// Run by `medusa exec bench/export-profile.cjs <e-mail>` from the backend's build on a shop's database: times each
// kind of an export for one person (the same sources the export reads, in its order) and the invoice PDFs, so the
// slowest part of an export shows (BENCHMARKS.md, "A million orders"). Prints one line per kind.
const { createRequire } = require("node:module")
const path = require("node:path")

async function exportProfile({ container, args }) {
  const build = createRequire(path.join(process.cwd(), "package.json"))
  const { EXPORT_KIND_IDS } = build("@helder/privacy")
  const { EXPORT_SOURCES, documentPages } = build("./src/personal-data/export-sources.js")
  const { requestSubject } = build("./src/personal-data/data-subject.js")
  const { INVOICING_MODULE } = build("./src/modules/invoicing/index.js")
  const email = args[0]
  if (!email) throw new Error("usage: medusa exec export-profile.cjs <e-mail>")
  const time = async (body) => {
    const started = performance.now()
    const value = await body()
    return [value, performance.now() - started]
  }
  const [subject, subjectMs] = await time(() => requestSubject(container, { customer_id: null, email }))
  console.log(`subject: ${subject.orderIds.length} orders in ${subjectMs.toFixed(0)} ms`)
  let total = subjectMs
  for (const kind of EXPORT_KIND_IDS) {
    const [rows, ms] = await time(async () => {
      let n = 0
      for await (const page of EXPORT_SOURCES[kind](container, subject)) n += page.length
      return n
    })
    total += ms
    console.log(`${kind.padEnd(22)} ${String(rows).padStart(6)} rows ${ms.toFixed(0).padStart(7)} ms`)
  }
  const invoicing = container.resolve(INVOICING_MODULE)
  const [pdfs, pdfMs] = await time(async () => {
    let n = 0
    for await (const documents of documentPages(container, subject))
      for (let i = 0; i < documents.length; i += 20)
        n += (await invoicing.listPdfs(documents.slice(i, i + 20).map((d) => d.id))).size
    return n
  })
  total += pdfMs
  console.log(`${"invoice PDFs".padEnd(22)} ${String(pdfs).padStart(6)} files ${pdfMs.toFixed(0).padStart(6)} ms`)
  console.log(`${"all".padEnd(22)} ${total.toFixed(0).padStart(19)} ms`)
}

module.exports = { default: exportProfile }
