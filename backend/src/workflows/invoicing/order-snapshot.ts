import { localeOr, type Locale } from "@helder/contract"
import { vatNumberSchema } from "@helder/schemas"
import { documentTotals, toCents, toDocumentLines, vatSummary, type GrossLine } from "../../modules/invoicing/amounts"
import type { DocumentSnapshot, Seller } from "../../modules/invoicing/snapshot"

type Amount = number | string | { valueOf(): number } | null | undefined
type TaxLines = ({ rate?: Amount } | null)[] | null | undefined
type Address = {
  first_name?: string | null
  last_name?: string | null
  company?: string | null
  address_1?: string | null
  address_2?: string | null
  postal_code?: string | null
  city?: string | null
  country_code?: string | null
} | null

/** The order fields an invoice is made of, as `query.graph` returns them with INVOICE_ORDER_FIELDS. */
export type InvoiceOrder = {
  id: string
  display_id: Amount
  created_at: string | Date
  email?: string | null
  currency_code: string
  /** The shopper's language, Medusa's own field on carts and orders; orders from before it carry it in metadata. */
  locale?: string | null
  metadata?: Record<string, unknown> | null
  total: Amount
  items?:
    | ({
        id: string
        product_title?: string | null
        variant_title?: string | null
        title?: string | null
        quantity: Amount
        unit_price: Amount
        total: Amount
        tax_lines?: TaxLines
      } | null)[]
    | null
  shipping_methods?:
    ({ id: string; name?: string | null; amount: Amount; total: Amount; tax_lines?: TaxLines } | null)[] | null
  billing_address?: Address
  shipping_address?: Address
  payment_collections?:
    | ({
        status?: string | null
        payments?: ({ provider_id?: string | null; captured_at?: unknown } | null)[] | null
      } | null)[]
    | null
}

/** What to ask Query for, so every field the snapshot reads is there. */
export const INVOICE_ORDER_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "email",
  "currency_code",
  "locale",
  "metadata",
  "total",
  "items.id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.quantity",
  "items.unit_price",
  "items.total",
  "items.tax_lines.rate",
  "shipping_methods.id",
  "shipping_methods.name",
  "shipping_methods.amount",
  "shipping_methods.total",
  "shipping_methods.tax_lines.rate",
  "billing_address.*",
  "shipping_address.*",
  "payment_collections.status",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.captured_at",
]

const PAYMENT_METHODS: Record<string, { nl: string; en: string }> = {
  pp_system_default: { nl: "Betaling op rekening", en: "Payment on account" },
  pp_stripe_stripe: {
    nl: "Online betaald via Stripe (kaart, iDEAL, Bancontact)",
    en: "Paid online through Stripe (card, iDEAL, Bancontact)",
  },
}
const PAYMENT_STATES = {
  paid: { nl: "betaald", en: "paid" },
  open: { nl: "nog te betalen", en: "to be paid" },
}

const rateOf = (taxLines: TaxLines) => (taxLines ?? []).reduce((sum, line) => sum + Number(line?.rate ?? 0), 0)

/** The order's lines and delivery, with VAT-inclusive amounts in cents. */
function grossLines(order: InvoiceOrder, locale: Locale): GrossLine[] {
  const items = (order.items ?? []).flatMap((item) => (item ? [item] : []))
  const shipping = (order.shipping_methods ?? []).flatMap((method) => (method ? [method] : []))
  return [
    ...items.map((item) => ({
      item_id: item.id,
      description: [item.product_title ?? item.title, item.variant_title].filter(Boolean).join(" — "),
      quantity: Number(item.quantity),
      unit_price_gross: toCents(item.unit_price),
      gross: toCents(item.total),
      vat_rate: rateOf(item.tax_lines),
    })),
    ...shipping.map((method) => ({
      item_id: null,
      description: `${locale === "nl" ? "Verzending" : "Delivery"}: ${method.name ?? ""}`.trim(),
      quantity: 1,
      unit_price_gross: toCents(method.amount),
      gross: toCents(method.total),
      vat_rate: rateOf(method.tax_lines),
    })),
  ]
}

/** How the order was paid, in words, as the invoice states it. */
function paymentOf(order: InvoiceOrder, locale: Locale) {
  const payments = (order.payment_collections ?? []).flatMap((c) => c?.payments ?? []).flatMap((p) => (p ? [p] : []))
  const provider = payments[0]?.provider_id ?? "pp_system_default"
  const paid =
    payments.some((p) => Boolean(p.captured_at)) || order.payment_collections?.some((c) => c?.status === "completed")
  return {
    method: (PAYMENT_METHODS[provider] ?? { nl: provider, en: provider })[locale],
    status: PAYMENT_STATES[paid ? "paid" : "open"][locale],
  }
}

/** The buyer as billed: the billing address, else the delivery address. */
function buyerOf(order: InvoiceOrder): DocumentSnapshot["buyer"] {
  const address = order.billing_address ?? order.shipping_address
  // Cart metadata can be written through the store API by anyone: print only a well-formed VAT number.
  const vat = vatNumberSchema.safeParse(order.metadata?.vat_number)
  return {
    name: [address?.first_name, address?.last_name].filter(Boolean).join(" "),
    company: address?.company || null,
    address_lines: [
      address?.address_1,
      address?.address_2,
      [address?.postal_code, address?.city].filter(Boolean).join(" "),
    ].filter((line): line is string => Boolean(line)),
    country_code: (address?.country_code ?? "nl").toLowerCase(),
    email: order.email ?? "",
    vat_number: vat.success ? vat.data : null,
  }
}

/**
 * The frozen content of an order's invoice. Prices include VAT, so each line's net and VAT are derived
 * from its VAT-inclusive total; the grand total must equal the order's, or the invoice would be wrong.
 */
export function invoiceSnapshot(order: InvoiceOrder, seller: Seller, issuedAt: Date): DocumentSnapshot {
  const locale = localeOr(order.locale ?? order.metadata?.locale)
  const lines = toDocumentLines(grossLines(order, locale))
  const vat = vatSummary(lines)
  const totals = documentTotals(vat)
  if (totals.gross !== toCents(order.total)) {
    throw new Error(
      `invoice lines add up to ${totals.gross} cents but order ${order.id} totals ${toCents(order.total)}`,
    )
  }
  return {
    version: 1,
    locale,
    seller,
    buyer: buyerOf(order),
    order: { id: order.id, display_id: Number(order.display_id), placed_at: new Date(order.created_at).toISOString() },
    invoice_date: issuedAt.toISOString(),
    supply_date: new Date(order.created_at).toISOString(),
    currency_code: order.currency_code,
    lines,
    vat,
    totals,
    payment: paymentOf(order, locale),
    corrects: null,
  }
}
