import { PDFParse } from "pdf-parse"
import { documentLabels, formatMoney, renderDocumentPdf } from "../pdf"
import { sampleSnapshot } from "./fixtures"

async function pdfText(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) })
  try {
    return (await parser.getText()).text
  } finally {
    await parser.destroy()
  }
}

describe("renderDocumentPdf", () => {
  it("prints every field a Dutch invoice must carry, read back from the PDF", async () => {
    const snapshot = sampleSnapshot()
    const pdf = await renderDocumentPdf("invoice", "2026-000123", snapshot)
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-")
    const text = await pdfText(pdf)
    const l = documentLabels("nl")
    const mandatory = [
      "Factuur 2026-000123",
      `${l.invoice_date}: 20-11-2026`,
      `${l.supply_date}: 20-11-2026`,
      // seller: name, address, KVK and VAT number
      "Helder Verlichting B.V.",
      "Hoofdstraat 1",
      "7311 AA Apeldoorn",
      `${l.kvk}: 12345678`,
      `${l.vat_number}: NL000099998B57`,
      // buyer: name, address, e-mail, VAT number when given
      "Anna de Vries",
      "Stationsstraat 12",
      "7311 AB Apeldoorn",
      "anna@example.nl",
      `${l.buyer_vat}: NL123456789B01`,
      // lines: description, quantity, unit price excl. VAT, rate, amount
      "Hanglamp Nova — Messing",
      formatMoney(8260, "eur", "nl"),
      formatMoney(16521, "eur", "nl"),
      "21%",
      // VAT per rate and totals
      `${l.vat_over("21%", formatMoney(16930, "eur", "nl"))}`,
      `${l.total_vat}`,
      formatMoney(3555, "eur", "nl"),
      formatMoney(20485, "eur", "nl"),
      `${l.payment}: Betaling op rekening — nog te betalen`,
      `${l.order}: #1001`,
    ]
    const flat = text.replace(/\s+/g, " ")
    for (const field of mandatory) expect(flat).toContain(field)
  })

  it("prints a credit note's negative amounts and the invoice it corrects, in English", async () => {
    const snapshot = sampleSnapshot({
      locale: "en",
      lines: [
        {
          item_id: "ordli_1",
          description: "Pendant Nova",
          quantity: 1,
          unit_price_excl: -8260,
          vat_rate: 21,
          net: -8260,
          vat: -1735,
          gross: -9995,
        },
      ],
      vat: [{ rate: 21, net: -8260, vat: -1735, gross: -9995 }],
      totals: { net: -8260, vat: -1735, gross: -9995 },
      corrects: { number: "2026-000123", invoice_date: "2026-11-20T10:00:05.000Z", reason: "Return" },
    })
    const flat = (await pdfText(await renderDocumentPdf("credit_note", "C2026-000001", snapshot))).replace(/\s+/g, " ")
    expect(flat).toContain("Credit note C2026-000001")
    expect(flat).toContain("Credit note for invoice: 2026-000123")
    expect(flat).toContain(formatMoney(-9995, "eur", "en"))
    expect(formatMoney(-9995, "eur", "en")).toBe("-€99.95")
  })
})
