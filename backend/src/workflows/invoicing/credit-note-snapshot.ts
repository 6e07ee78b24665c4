import { documentTotals, vatSummary } from "../../modules/invoicing/amounts"
import { documentSnapshotSchema, type DocumentLine, type DocumentSnapshot } from "../../modules/invoicing/snapshot"
import { refundCreditLines, remainingCreditLines, type CreditBasis } from "./credit-note-lines"

/** Why a credit note is issued: a refund of an amount (cents), or the cancellation of the order. */
export type CreditReason = { kind: "refund"; amount: number; order_canceled: boolean } | { kind: "cancel" }

const TEXT = {
  nl: {
    refund: "Terugbetaling",
    cancel: "Annulering van de bestelling",
    rest: "Overige terugbetaling",
    partial: "Gedeeltelijke terugbetaling",
    refunded: "terugbetaald",
    canceled: "geannuleerd",
  },
  en: {
    refund: "Refund",
    cancel: "Order cancelled",
    rest: "Other refund",
    partial: "Partial refund",
    refunded: "refunded",
    canceled: "cancelled",
  },
}

/**
 * The frozen content of a credit note: the invoice's parties and number, the lines it takes back
 * (negative), VAT per rate and totals. Null when nothing is left to credit.
 */
export function creditNoteSnapshot(
  basis: CreditBasis,
  invoiceNumber: string,
  reason: CreditReason,
  issuedAt: Date,
): DocumentSnapshot | null {
  const { invoice } = basis
  const t = TEXT[invoice.locale]
  let lines: DocumentLine[]
  if (reason.kind === "cancel") {
    lines = remainingCreditLines(basis, t.cancel)
  } else {
    const remaining = reason.order_canceled ? remainingCreditLines(basis, t.rest) : []
    const matches = remaining.length > 0 && -remaining.reduce((s, l) => s + l.gross, 0) === reason.amount
    lines = matches ? remaining : refundCreditLines(basis, reason.amount, t)
  }
  if (!lines.length) return null
  const vat = vatSummary(lines)
  return documentSnapshotSchema.parse({
    ...invoice,
    invoice_date: issuedAt.toISOString(),
    supply_date: issuedAt.toISOString(),
    lines,
    vat,
    totals: documentTotals(vat),
    payment: { method: invoice.payment.method, status: reason.kind === "cancel" ? t.canceled : t.refunded },
    corrects: {
      number: invoiceNumber,
      invoice_date: invoice.invoice_date,
      reason: reason.kind === "cancel" ? t.cancel : t.refund,
    },
  })
}
