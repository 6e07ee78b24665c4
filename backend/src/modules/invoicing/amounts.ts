import type { DocumentLine, VatRow } from "./snapshot"

/** A line as the order holds it: prices include VAT (Helder's prices are tax-inclusive). */
export type GrossLine = {
  item_id: string | null
  description: string
  quantity: number
  /** Unit price including VAT, in cents. */
  unit_price_gross: number
  /** What the line costs including VAT after discounts, in cents. */
  gross: number
  vat_rate: number
}

/** The part of a VAT-inclusive amount that is not VAT, rounded to the cent. */
export function netOf(gross: number, rate: number): number {
  return Math.round((gross * 100) / (100 + rate))
}

/** Splits each line into net and VAT; each line is rounded once, and the summaries add up the lines. */
export function toDocumentLines(lines: GrossLine[]): DocumentLine[] {
  return lines.map((line) => {
    const net = netOf(line.gross, line.vat_rate)
    return {
      item_id: line.item_id,
      description: line.description,
      quantity: line.quantity,
      unit_price_excl: netOf(line.unit_price_gross, line.vat_rate),
      vat_rate: line.vat_rate,
      net,
      vat: line.gross - net,
      gross: line.gross,
    }
  })
}

/** VAT per rate, highest rate first, so the VAT on the document equals the VAT of its lines. */
export function vatSummary(lines: DocumentLine[]): VatRow[] {
  const rows = new Map<number, VatRow>()
  for (const line of lines) {
    const row = rows.get(line.vat_rate) ?? { rate: line.vat_rate, net: 0, vat: 0, gross: 0 }
    row.net += line.net
    row.vat += line.vat
    row.gross += line.gross
    rows.set(line.vat_rate, row)
  }
  return [...rows.values()].sort((a, b) => b.rate - a.rate)
}

/** The document's totals from its VAT rows. */
export function documentTotals(rows: VatRow[]): { net: number; vat: number; gross: number } {
  return rows.reduce((t, r) => ({ net: t.net + r.net, vat: t.vat + r.vat, gross: t.gross + r.gross }), {
    net: 0,
    vat: 0,
    gross: 0,
  })
}

/** The same lines with every amount negated: what a credit note prints for goods taken back. */
export function negate(lines: DocumentLine[]): DocumentLine[] {
  return lines.map((l) => ({ ...l, unit_price_excl: -l.unit_price_excl, net: -l.net, vat: -l.vat, gross: -l.gross }))
}

/** Major currency units (as Medusa reports totals) to cents. */
export function toCents(amount: number | string | { valueOf(): number } | null | undefined): number {
  return Math.round(Number(amount ?? 0) * 100)
}
