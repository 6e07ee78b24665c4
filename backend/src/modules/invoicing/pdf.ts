import PDFDocument from "pdfkit"
import type { DocumentKind } from "./service"
import type { DocumentSnapshot } from "./snapshot"
import { type Locale, formatDocumentDate } from "@helder/contract"

const LABELS = {
  nl: {
    invoice: "Factuur",
    credit_note: "Creditnota",
    number: "Nummer",
    invoice_date: "Factuurdatum",
    supply_date: "Leverdatum",
    order: "Bestelling",
    corrects: "Creditnota op factuur",
    reason: "Reden",
    buyer: "Factuuradres",
    buyer_vat: "Btw-nummer klant",
    kvk: "KVK",
    vat_number: "Btw-nummer",
    description: "Omschrijving",
    quantity: "Aantal",
    unit_price: "Prijs excl. btw",
    vat_rate: "Btw",
    amount: "Bedrag excl. btw",
    vat_over: (rate: string, net: string) => `Btw ${rate} over ${net}`,
    total_net: "Totaal excl. btw",
    total_vat: "Totaal btw",
    total: "Totaal incl. btw",
    payment: "Betaling",
  },
  en: {
    invoice: "Invoice",
    credit_note: "Credit note",
    number: "Number",
    invoice_date: "Invoice date",
    supply_date: "Date of supply",
    order: "Order",
    corrects: "Credit note for invoice",
    reason: "Reason",
    buyer: "Billed to",
    buyer_vat: "Customer VAT number",
    kvk: "Chamber of Commerce (KVK)",
    vat_number: "VAT number",
    description: "Description",
    quantity: "Qty",
    unit_price: "Unit price excl. VAT",
    vat_rate: "VAT",
    amount: "Amount excl. VAT",
    vat_over: (rate: string, net: string) => `VAT ${rate} on ${net}`,
    total_net: "Total excl. VAT",
    total_vat: "Total VAT",
    total: "Total incl. VAT",
    payment: "Payment",
  },
}

/** The fields a Dutch or Belgian invoice must carry, by label; the PDF test reads them back. */
export function documentLabels(locale: Locale) {
  return LABELS[locale]
}

/** Money as printed, with plain spaces so every PDF reader extracts the same text. */
export function formatMoney(cents: number, currency: string, locale: Locale): string {
  return new Intl.NumberFormat(locale === "nl" ? "nl-NL" : "en-IE", {
    style: "currency",
    currency: currency.toUpperCase(),
  })
    .format(cents / 100)
    .replace(/[\u00a0\u202f]/g, " ")
}

const COLUMNS = { description: 50, quantity: 280, unit: 320, rate: 410, amount: 455, right: 545 }

/**
 * Renders an issued document from its snapshot alone. Called once, at issue time; the bytes are
 * stored with their SHA-256 and never rendered again.
 */
export function renderDocumentPdf(kind: DocumentKind, number: string, snapshot: DocumentSnapshot): Promise<Buffer> {
  const l = LABELS[snapshot.locale]
  const money = (cents: number) => formatMoney(cents, snapshot.currency_code, snapshot.locale)
  const date = (iso: string) => formatDocumentDate(iso, snapshot.locale)
  const doc = new PDFDocument({
    size: "A4",
    margin: 50,
    info: {
      Title: `${l[kind]} ${number}`,
      Author: snapshot.seller.name,
      CreationDate: new Date(snapshot.invoice_date),
    },
  })
  const chunks: Buffer[] = []
  doc.on("data", (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })

  const { seller, buyer } = snapshot
  doc.font("Helvetica-Bold").fontSize(18).text(`${l[kind]} ${number}`, 50, 50)
  doc.font("Helvetica").fontSize(9)
  doc.text([seller.name, ...seller.address_lines, seller.email].join("\n"), 350, 50, { width: 195, align: "right" })
  doc.text(
    `${l.kvk}: ${seller.kvk}\n${l.vat_number}: ${seller.vat_number}${seller.iban ? `\nIBAN: ${seller.iban}` : ""}`,
    350,
    doc.y,
    {
      width: 195,
      align: "right",
    },
  )

  doc.fontSize(10).text(`${l.number}: ${number}`, 50, 90)
  doc.text(`${l.invoice_date}: ${date(snapshot.invoice_date)}`)
  doc.text(`${l.supply_date}: ${date(snapshot.supply_date)}`)
  doc.text(`${l.order}: #${snapshot.order.display_id}`)
  if (snapshot.corrects) {
    doc.text(`${l.corrects}: ${snapshot.corrects.number} (${date(snapshot.corrects.invoice_date)})`)
    doc.text(`${l.reason}: ${snapshot.corrects.reason}`)
  }

  doc.moveDown().font("Helvetica-Bold").text(l.buyer).font("Helvetica")
  doc.text([buyer.company, buyer.name, ...buyer.address_lines, buyer.email].filter(Boolean).join("\n"))
  if (buyer.vat_number) doc.text(`${l.buyer_vat}: ${buyer.vat_number}`)

  doc.moveDown(1.5)
  const header = doc.y
  doc.font("Helvetica-Bold").fontSize(9)
  doc.text(l.description, COLUMNS.description, header, { width: 225 })
  doc.text(l.quantity, COLUMNS.quantity, header, { width: 35, align: "right" })
  doc.text(l.unit_price, COLUMNS.unit, header, { width: 85, align: "right" })
  doc.text(l.vat_rate, COLUMNS.rate, header, { width: 40, align: "right" })
  doc.text(l.amount, COLUMNS.amount, header, { width: 90, align: "right" })
  doc.font("Helvetica")
  let y = doc.y + 6
  for (const line of snapshot.lines) {
    doc.text(line.description, COLUMNS.description, y, { width: 225 })
    const bottom = doc.y
    doc.text(String(line.quantity), COLUMNS.quantity, y, { width: 35, align: "right" })
    doc.text(money(line.unit_price_excl), COLUMNS.unit, y, { width: 85, align: "right" })
    doc.text(`${line.vat_rate}%`, COLUMNS.rate, y, { width: 40, align: "right" })
    doc.text(money(line.net), COLUMNS.amount, y, { width: 90, align: "right" })
    y = Math.max(bottom, doc.y) + 4
  }

  doc.moveTo(COLUMNS.description, y).lineTo(COLUMNS.right, y).stroke()
  y += 8
  const total = (label: string, value: string, bold = false) => {
    doc.font(bold ? "Helvetica-Bold" : "Helvetica")
    doc.text(label, 300, y, { width: 150 })
    doc.text(value, COLUMNS.amount, y, { width: 90, align: "right" })
    y = doc.y + 3
  }
  total(l.total_net, money(snapshot.totals.net))
  for (const row of snapshot.vat) total(l.vat_over(`${row.rate}%`, money(row.net)), money(row.vat))
  total(l.total_vat, money(snapshot.totals.vat))
  total(l.total, money(snapshot.totals.gross), true)

  doc.font("Helvetica").text(`${l.payment}: ${snapshot.payment.method} — ${snapshot.payment.status}`, 50, y + 12)
  doc.end()
  return done
}
