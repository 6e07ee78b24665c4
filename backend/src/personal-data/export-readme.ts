import {
  EXPORT_KIND_IDS,
  exportCategories,
  LEGAL_BASIS_LABELS,
  type DataMap,
  type LegalBasis,
  type PrivacyLocale,
} from "@helder/privacy"
import type { ExportCounts } from "./export-archive"
import type { DataSubject } from "./data-subject"

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

const WORDS = {
  nl: {
    title: "Jouw gegevens bij",
    intro: "Dit is alles wat we over je bewaren, zoals het was op",
    for: "voor",
    files: "Bestanden",
    filesText:
      "data.json bevat alles in één machineleesbaar document (art. 20 AVG); de map csv/ heeft één spreadsheetbestand per soort gegeven; invoices/ en credit-notes/ bevatten je facturen en creditnota's precies zoals ze zijn uitgegeven. Bedragen staan in euro's, tijden in UTC (ISO 8601). In de csv-bestanden staat voor tekst die met =, +, - of @ begint een apostrof, zodat een spreadsheet er geen formule van maakt.",
    categories: "Wat we bewaren, waarom en hoe lang",
    category: "Gegevens",
    purpose: "Doel",
    basis: "Grondslag",
    kept: "Bewaartermijn",
    records: "Aantal in deze download",
    recipients: "Wie gegevens van ons kan ontvangen",
    party: "Partij",
    service: "Dienst",
    location: "Locatie",
    pdfs: "pdf-bestanden (facturen en creditnota's)",
    rights: "Klopt er iets niet? Pas je gegevens aan in je account of neem contact met ons op:",
  },
  en: {
    title: "Your data at",
    intro: "This is everything we keep about you, as it was on",
    for: "for",
    files: "Files",
    filesText:
      "data.json holds everything in one machine-readable document (art. 20 GDPR); the csv/ folder has one spreadsheet file per kind of record; invoices/ and credit-notes/ hold your invoices and credit notes exactly as issued. Amounts are in euros, times in UTC (ISO 8601). In the CSV files, text starting with =, +, - or @ gets a leading apostrophe so a spreadsheet does not run it as a formula.",
    categories: "What we keep, why and for how long",
    category: "Data",
    purpose: "Purpose",
    basis: "Legal basis",
    kept: "Retention",
    records: "Number in this download",
    recipients: "Who may receive data from us",
    party: "Party",
    service: "Service",
    location: "Location",
    pdfs: "PDF files (invoices and credit notes)",
    rights: "Something wrong? Correct your data in your account or contact us:",
  },
} as const

function section(
  locale: PrivacyLocale,
  subject: DataSubject,
  map: DataMap,
  generatedAt: Date,
  counts: ExportCounts,
  pdfs: number,
): string {
  const w = WORDS[locale]
  const c = map.controller
  const rows = exportCategories(map)
    .map((category) => {
      const total = category.records.reduce((sum, kind) => sum + (counts[kind as keyof ExportCounts] ?? 0), 0)
      return `<tr><td>${escape(category.name[locale])}</td><td>${escape(category.purposes[locale])}</td><td>${escape(LEGAL_BASIS_LABELS[category.legal_basis as LegalBasis][locale])}</td><td>${category.retention.map((r) => escape(r[locale])).join("<br>")}</td><td>${total}</td></tr>`
    })
    .join("")
  const recipients = map.recipients
    .map(
      (r) =>
        `<tr><td>${escape(r.party)}</td><td>${escape(r.purpose[locale])}</td><td>${escape(r.service[locale])}</td><td>${escape(r.location[locale])}</td></tr>`,
    )
    .join("")
  const kinds = EXPORT_KIND_IDS.map((kind) => `<li>csv/${kind}.csv: ${counts[kind]}</li>`).join("")
  return `<section lang="${locale}">
<h1>${w.title} ${escape(c.name)}</h1>
<p>${w.intro} ${escape(generatedAt.toISOString())}, ${w.for} ${escape(subject.email)}.</p>
<h2>${w.files}</h2><p>${w.filesText}</p><ul>${kinds}<li>${w.pdfs}: ${pdfs}</li></ul>
<h2>${w.categories}</h2>
<table><thead><tr><th>${w.category}</th><th>${w.purpose}</th><th>${w.basis}</th><th>${w.kept}</th><th>${w.records}</th></tr></thead><tbody>${rows}</tbody></table>
<h2>${w.recipients}</h2>
<table><thead><tr><th>${w.party}</th><th>${w.purpose}</th><th>${w.service}</th><th>${w.location}</th></tr></thead><tbody>${recipients}</tbody></table>
<p>${w.rights} ${escape(c.email)}, ${escape(c.phone)}, ${escape(c.address)}.</p>
</section>`
}

/** README.html: a readable summary of the export, in Dutch and English. */
export function exportReadme(
  subject: DataSubject,
  map: DataMap,
  generatedAt: Date,
  counts: ExportCounts,
  pdfs: number,
): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escape(map.controller.name)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}section+section{margin-top:4rem;border-top:2px solid #000}</style>
</head><body>${section("nl", subject, map, generatedAt, counts, pdfs)}${section("en", subject, map, generatedAt, counts, pdfs)}</body></html>`
}
