import PDFDocument from "pdfkit"
import type { Seller } from "../modules/invoicing/seller"
import type { Locale } from "@helder/contract"

const FORM = {
  nl: {
    title: "Modelformulier voor herroeping",
    note: "(dit formulier alleen invullen en terugzenden als u de overeenkomst wilt herroepen)",
    to: "Aan:",
    lines: [
      "Ik/Wij (*) deel/delen (*) u hierbij mede dat ik/wij (*) onze overeenkomst betreffende de verkoop van de volgende goederen/levering van de volgende dienst (*) herroep/herroepen (*):",
      "Besteld op (*)/Ontvangen op (*):",
      "Naam/Namen consument(en):",
      "Adres consument(en):",
      "Handtekening van consument(en) (alleen wanneer dit formulier op papier wordt ingediend):",
      "Datum:",
    ],
    strike: "(*) Doorhalen wat niet van toepassing is.",
    online:
      'U kunt ook herroepen met de knop "Herroepen" bij uw bestelling op onze website of achter de link in uw bevestigingsmail.',
  },
  en: {
    title: "Model withdrawal form",
    note: "(complete and return this form only if you wish to withdraw from the contract)",
    to: "To:",
    lines: [
      "I/We (*) hereby give notice that I/We (*) withdraw from my/our (*) contract of sale of the following goods (*)/for the provision of the following service (*):",
      "Ordered on (*)/received on (*):",
      "Name of consumer(s):",
      "Address of consumer(s):",
      "Signature of consumer(s) (only if this form is notified on paper):",
      "Date:",
    ],
    strike: "(*) Delete as appropriate.",
    online:
      'You can also withdraw with the "Withdraw" button on your order on our website or behind the link in your confirmation mail.',
  },
}

/**
 * The EU model withdrawal form (Annex I(B) of Directive 2011/83) with the shop's name, address and e-mail filled in.
 */
export function renderWithdrawalFormPdf(seller: Seller, locale: Locale): Promise<Buffer> {
  const form = FORM[locale]
  const doc = new PDFDocument({ size: "A4", margin: 60, info: { Title: form.title, Author: seller.name } })
  const chunks: Buffer[] = []
  doc.on("data", (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })
  doc.font("Helvetica-Bold").fontSize(16).text(form.title)
  doc.font("Helvetica").fontSize(10).text(form.note).moveDown()
  doc.text(`— ${form.to} ${[seller.name, ...seller.address_lines, seller.email].join(", ")}`).moveDown()
  for (const line of form.lines) doc.text(`— ${line}`).moveDown(2.5)
  doc.text(form.strike).moveDown().fontSize(9).text(form.online)
  doc.end()
  return done
}
