import { Readable, type Writable } from "node:stream"
import { finished } from "node:stream/promises"
import type { MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  EXPORT_KIND_IDS,
  EXPORT_KINDS,
  EXPORT_SCHEMA_VERSION,
  exportCategories,
  exportRecipients,
  type DataMap,
  type ExportKind,
} from "@helder/privacy"
import { ZipFile } from "yazl"
import { INVOICING_MODULE } from "../modules/invoicing"
import type InvoicingModuleService from "../modules/invoicing/service"
import { csvLine } from "./export-csv"
import { exportReadme } from "./export-readme"
import { documentFile, documentPages, EXPORT_SOURCES } from "./export-sources"
import type { DataSubject } from "./data-subject"

/** PDFs are read from the database this many at a time and handed to the zip before the next batch is read. */
const PDF_BATCH = 20

/** How many records of each kind went into an export. */
export type ExportCounts = Record<ExportKind, number>

/** Each kind's CSV lines, gathered while data.json streams, so the database is read once per kind. */
type CsvLines = Map<ExportKind, string[]>

/**
 * data.json as a stream of text: the document is never held in memory whole. The same rows become CSV
 * lines on the way (a few hundred bytes per order), so the CSV files need no second round of queries.
 */
async function* jsonDocument(
  scope: MedusaContainer,
  subject: DataSubject,
  map: DataMap,
  generatedAt: Date,
  counts: ExportCounts,
  csv: CsvLines,
) {
  const head = {
    schema_version: EXPORT_SCHEMA_VERSION,
    generated_at: generatedAt.toISOString(),
    controller: map.controller,
    subject: { kind: subject.kind, email: subject.email },
  }
  yield `${JSON.stringify(head).slice(0, -1)},"records":{`
  for (const [index, kind] of EXPORT_KIND_IDS.entries()) {
    yield `${index ? "," : ""}${JSON.stringify(kind)}:[`
    let first = true
    const columns = Object.keys(EXPORT_KINDS[kind].row)
    const lines = [`\ufeff${csvLine(columns)}`]
    csv.set(kind, lines)
    for await (const rows of EXPORT_SOURCES[kind](scope, subject) as AsyncIterable<Record<string, unknown>[]>) {
      if (!rows.length) continue
      counts[kind] += rows.length
      lines.push(rows.map((row) => csvLine(columns.map((column) => row[column]))).join(""))
      yield `${first ? "" : ","}${rows.map((row) => JSON.stringify(row)).join(",")}`
      first = false
    }
    yield "]"
  }
  yield `},"categories":${JSON.stringify(exportCategories(map))},"recipients":${JSON.stringify(exportRecipients(map))}}`
}

/**
 * Streams the subject's export as a zip into `output`: README.html, data.json, one CSV per kind, and the
 * invoice and credit-note PDFs exactly as issued. Resolves with the counts once the zip is complete.
 */
export async function writeExport(
  scope: MedusaContainer,
  subject: DataSubject,
  map: DataMap,
  output: Writable,
  generatedAt: Date,
): Promise<ExportCounts> {
  const counts = Object.fromEntries(EXPORT_KIND_IDS.map((kind) => [kind, 0])) as ExportCounts
  const zip = new ZipFile()
  const done = finished(zip.outputStream.pipe(output))
  // A failing read or a client that hangs up ends the export instead of leaving it waiting forever.
  const broken = new Promise<never>((_, reject) => {
    zip.on("error", reject)
    // A response closes right after its last byte too, before `finished` reports it: only a close before then fails.
    output.on("close", () => {
      if (!output.writableFinished) reject(new Error("the export's receiver closed before the zip was complete"))
    })
  })
  broken.catch(() => undefined)
  const mtime = generatedAt
  // yazl does not listen for its input streams' errors: a failed query would otherwise go unhandled.
  const entry = (stream: Readable) => stream.on("error", (error) => zip.emit("error", error))
  const csv: CsvLines = new Map()
  zip.addReadStream(entry(Readable.from(jsonDocument(scope, subject, map, generatedAt, counts, csv))), "data.json", {
    mtime,
  })
  // UTF-8 with a byte-order mark, so spreadsheets read accents right. Each file is built when its turn comes, after
  // data.json.
  for (const kind of EXPORT_KIND_IDS) {
    zip.addReadStreamLazy(`csv/${kind}.csv`, { mtime }, (callback) => {
      const lines = csv.get(kind) ?? []
      csv.delete(kind)
      callback(null, entry(Readable.from(lines)))
    })
  }

  const invoicing = scope.resolve<InvoicingModuleService>(INVOICING_MODULE)
  let pdfs = 0
  for await (const documents of documentPages(scope, subject)) {
    for (let start = 0; start < documents.length; start += PDF_BATCH) {
      const batch = documents.slice(start, start + PDF_BATCH)
      const contents = await invoicing.listPdfs(batch.map((d) => d.id))
      const streams = batch.flatMap((document) => {
        const pdf = contents.get(document.id)
        if (!pdf) return []
        const stream = entry(Readable.from([pdf]))
        zip.addReadStream(stream, documentFile(document), { mtime, compress: false })
        return [stream]
      })
      pdfs += streams.length
      // Wait until the zip has taken this batch before reading the next: memory stays flat however many orders.
      await Promise.race([Promise.all(streams.map((stream) => finished(stream))), broken])
    }
  }
  // Added last and built only when its turn comes, so its counts include everything written before it.
  zip.addReadStreamLazy("README.html", { mtime }, (callback) =>
    callback(null, entry(Readable.from([Buffer.from(exportReadme(subject, map, generatedAt, counts, pdfs))]))),
  )
  zip.end()
  await Promise.race([done, broken])
  return counts
}

/** Answers a request with the subject's export as a zip download; a failure halfway aborts the download. */
export async function sendExport(
  scope: MedusaContainer,
  res: MedusaResponse,
  subject: DataSubject,
  map: DataMap,
  generatedAt: Date,
) {
  res.setHeader("content-type", "application/zip")
  res.setHeader(
    "content-disposition",
    `attachment; filename="helder-gegevens-${generatedAt.toISOString().slice(0, 10)}.zip"`,
  )
  res.setHeader("cache-control", "private, no-store")
  try {
    await writeExport(scope, subject, map, res, generatedAt)
  } catch (error) {
    // The zip has started, so no error page can follow: cut the download so it cannot pass for complete.
    scope.resolve(ContainerRegistrationKeys.LOGGER).error(`data export failed: ${(error as Error).message}`)
    res.destroy()
  }
}
