/** An invoice or credit note as /admin/invoices lists it; `total` in cents, negative for credit notes. */
export type InvoiceRow = {
  id: string
  kind: "invoice" | "credit_note"
  number: string
  issued_at: string
  corrects_number: string | null
  order_id: string
  country_code: string
  total: number
  currency_code: string
}

export const KIND_LABELS = { invoice: "Factuur", credit_note: "Creditnota" } as const

/** Fetches a page of invoices and credit notes; throws with the backend's message on a bad filter. */
export async function fetchInvoices(
  params: Record<string, string>,
): Promise<{ invoices: InvoiceRow[]; count: number }> {
  const query = new URLSearchParams(Object.entries(params).filter(([, value]) => value !== ""))
  const response = await fetch(`/admin/invoices?${query}`, { credentials: "include" })
  const body = await response.json()
  if (!response.ok) throw new Error(body.message ?? `Could not load invoices (${response.status})`)
  return body
}

/** Cents as euros, the Dutch way. */
export function euros(cents: number, currency = "eur"): string {
  return new Intl.NumberFormat("nl-NL", { style: "currency", currency: currency.toUpperCase() }).format(cents / 100)
}

/** Where staff download a document's stored PDF. */
export const pdfHref = (id: string) => `/admin/invoices/${id}/pdf`
