import { negate, netOf } from "../../modules/invoicing/amounts"
import type { DocumentLine, DocumentSnapshot } from "../../modules/invoicing/snapshot"

/** What a correction has to go on: the invoice, what was credited already, and the order as it is now. */
export type CreditBasis = {
  invoice: DocumentSnapshot
  /** Lines of the credit notes already issued against this invoice (negative amounts). */
  credited: DocumentLine[]
  /** Per order line: the quantity still billed now (after order edits) and the quantity taken back in returns. */
  items: Map<string, { quantity: number; returned: number }>
}

const sum = (lines: DocumentLine[], pick: (l: DocumentLine) => number) =>
  lines.reduce((total, line) => total + pick(line), 0)

/** One invoice line for `quantity` of its units, as a credit (negative) line; unit amounts pro rata. */
function creditFor(line: DocumentLine, quantity: number): DocumentLine {
  const gross = Math.round((line.gross * quantity) / line.quantity)
  const net = netOf(gross, line.vat_rate)
  return negate([{ ...line, quantity, gross, net, vat: gross - net }])[0]!
}

/** Goods no longer billed (taken back, or removed by an order edit) that no credit note covers yet. */
export function goodsToCredit({ invoice, credited, items }: CreditBasis): DocumentLine[] {
  return invoice.lines.flatMap((line) => {
    if (!line.item_id) return []
    const now = items.get(line.item_id) ?? { quantity: 0, returned: 0 }
    const alreadyCredited = sum(
      credited.filter((c) => c.item_id === line.item_id),
      (c) => c.quantity,
    )
    const open = line.quantity - now.quantity + now.returned - alreadyCredited
    return open > 0 ? [creditFor(line, Math.min(open, line.quantity - alreadyCredited))] : []
  })
}

/**
 * An amount that is not one set of goods (part of a refund, delivery costs), split over the invoice's
 * VAT rates in proportion to their share of it. `amount` is positive; the lines are negative.
 */
export function proRataLines(invoice: DocumentSnapshot, amount: number, description: string): DocumentLine[] {
  let left = amount
  return invoice.vat
    .map((row, i) => {
      const gross = i === invoice.vat.length - 1 ? left : Math.round((amount * row.gross) / invoice.totals.gross)
      left -= gross
      const net = netOf(gross, row.rate)
      return negate([
        {
          item_id: null,
          description,
          quantity: 1,
          unit_price_excl: net,
          vat_rate: row.rate,
          net,
          vat: gross - net,
          gross,
        },
      ])[0]!
    })
    .filter((line) => line.gross !== 0)
}

/**
 * The lines of a credit note for a refund of `amount` cents: the goods it pays back when it matches
 * them, those goods plus a pro-rata line for the rest (e.g. delivery costs), or one pro-rata line when
 * the refund is less than the goods (staff kept part back, e.g. for damage). Never more than is left
 * uncredited on the invoice.
 */
export function refundCreditLines(
  basis: CreditBasis,
  amount: number,
  labels: { rest: string; partial: string },
): DocumentLine[] {
  const uncredited = basis.invoice.totals.gross + sum(basis.credited, (l) => l.gross)
  if (amount <= 0 || amount > uncredited)
    throw new Error(`a refund of ${amount} cents cannot be credited: ${uncredited} cents are left on the invoice`)
  const goods = goodsToCredit(basis)
  const goodsTotal = -sum(goods, (l) => l.gross)
  if (goodsTotal === amount) return goods
  if (goodsTotal < amount) return [...goods, ...proRataLines(basis.invoice, amount - goodsTotal, labels.rest)]
  return proRataLines(basis.invoice, amount, labels.partial)
}

/**
 * Everything still uncredited on the invoice, line by line: what a cancelled order's credit note takes
 * back. When earlier pro-rata credits make the lines not add up, one pro-rata line for the rest.
 */
export function remainingCreditLines({ invoice, credited }: CreditBasis, label: string): DocumentLine[] {
  const uncredited = invoice.totals.gross + sum(credited, (l) => l.gross)
  if (uncredited <= 0) return []
  const lines = invoice.lines.flatMap((line) => {
    const done = credited.filter((c) => c.item_id === line.item_id && c.description === line.description)
    const quantity = line.quantity - sum(done, (c) => c.quantity)
    return quantity > 0 ? [creditFor(line, quantity)] : []
  })
  return -sum(lines, (l) => l.gross) === uncredited ? lines : proRataLines(invoice, uncredited, label)
}
