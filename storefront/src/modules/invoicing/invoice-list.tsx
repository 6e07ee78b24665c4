import { getTranslations } from "next-intl/server"
import { formatDocumentDate, type InvoiceSummary, type Locale } from "@helder/contract"
import { formatPrice } from "@/modules/common/format"

/**
 * An order's invoices and credit notes, each a PDF download; `hrefOf` knows the route (account or order
 * link), `promiseScope` the promise-ledger surface the list is said on, if any.
 */
export async function InvoiceList({
  invoices,
  locale,
  hrefOf,
  promiseScope,
}: {
  invoices: InvoiceSummary[]
  locale: Locale
  hrefOf: (id: string) => string
  promiseScope?: "account"
}) {
  const t = await getTranslations({ locale, namespace: "invoices" })
  if (!invoices.length)
    return (
      <p className="muted" data-promise-scope={promiseScope} data-promise="P-invoice-mailed">
        {t("none")}
      </p>
    )
  return (
    <ul className="invoices" data-testid="invoices" data-promise-scope={promiseScope} data-promise="P-invoice-mailed">
      {invoices.map((doc) => (
        <li key={doc.id}>
          <a href={hrefOf(doc.id)} download data-testid={`download-${doc.kind}`}>
            {t(doc.kind, { number: doc.number })}
          </a>{" "}
          <span className="muted">
            {formatDocumentDate(doc.issued_at, locale)} · {formatPrice(doc.total / 100, locale)}
            {doc.corrects_number ? ` · ${t("corrects", { number: doc.corrects_number })}` : ""}
          </span>
        </li>
      ))}
    </ul>
  )
}
