import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@helder/contract"
import { getPlacedOrderView, orderPath, type OrderTarget } from "@/lib/data/orders"
import { Link } from "@/i18n/navigation"
import { getAccountSession, getPlacedOrderLink } from "@/lib/cookies"
import { TrackEvent } from "@/modules/analytics/track-event"
import { Totals } from "@/modules/cart/totals"
import { InvoiceList } from "@/modules/invoicing/invoice-list"
import { WithdrawalPanel } from "@/modules/returns/withdrawal-panel"

type Props = { params: Promise<{ locale: Locale }> }

/**
 * Checked before streaming starts, so a browser without the order's cookie gets a real 404 status. The
 * address names no order: the cookie (the order's signed link) says which one, and proves it.
 */
export async function generateMetadata(): Promise<Metadata> {
  if (!(await getPlacedOrderView())) notFound()
  return { robots: { index: false } }
}

/** The confirmation is shown only to the browser that placed the order; anyone else gets a 404. */
export default async function OrderConfirmedPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [view, token] = await Promise.all([getPlacedOrderView(), getPlacedOrderLink()])
  const order = view?.order
  if (!view || !token || !order) notFound()
  // The withdrawal function and the invoice (once issued) are here from the start, through the order's own link.
  const target: OrderTarget = { kind: "link", token }
  const [t, ti] = await Promise.all([
    getTranslations({ locale, namespace: "order" }),
    getTranslations({ locale, namespace: "invoices" }),
  ])
  const address = order.shipping_address
  return (
    <section data-testid="order-confirmation">
      {/* Counted without the order: statistics never hold an order id, e-mail or amount. */}
      <TrackEvent name="purchase" />
      <h1>{t("title")}</h1>
      <p>
        {t("number")}: <strong data-testid="order-number">{order.display_id}</strong>
      </p>
      <p>{t("sentTo", { email: order.email ?? "" })}</p>
      <h2>{t("items")}</h2>
      <ul>
        {order.items?.map((item) => (
          <li key={item.id}>
            {item.quantity} × {item.product_title} <span className="muted">{item.variant_title}</span>
          </li>
        ))}
      </ul>
      {address ? (
        <>
          <h2>{t("shipTo")}</h2>
          <address>
            {address.first_name} {address.last_name}
            <br />
            {address.address_1}
            <br />
            {address.postal_code} {address.city}
          </address>
        </>
      ) : null}
      <Totals totals={order} locale={locale} />
      <WithdrawalPanel view={view} target={target} locale={locale} />
      <h2>{ti("title")}</h2>
      <InvoiceList
        invoices={view.invoices}
        locale={locale}
        hrefOf={(doc) => `${orderPath(target, locale)}/invoices/${doc}`}
      />
      {(await getAccountSession()) ? null : (
        <aside className="notice">
          <p>{t("createAccountNote")}</p>
          <Link href="/account/register?from=order" className="button" data-testid="create-account-from-order">
            {t("createAccount")}
          </Link>
        </aside>
      )}
    </section>
  )
}
