import type { ReactNode } from "react"
import { getTranslations } from "next-intl/server"
import { formatLongDate, type Locale, type OrderView } from "@helder/contract"
import { orderPath, promiseScopeOf, type OrderTarget } from "@/lib/data/orders"
import { Totals } from "@/modules/cart/totals"
import { InvoiceList } from "@/modules/invoicing/invoice-list"
import { WithdrawalPanel } from "@/modules/returns/withdrawal-panel"

/**
 * An order's page body, the same on the confirmation, a customer's account and a guest's order link:
 * items, delivery address, totals, withdrawal and invoices. `heading` replaces the order number and date
 * at the top (the confirmation thanks the shopper instead).
 */
export async function OrderDetails({
  view,
  locale,
  target,
  heading,
}: {
  view: OrderView
  locale: Locale
  target: OrderTarget
  heading?: ReactNode
}) {
  const [t, to, ti] = await Promise.all([
    getTranslations({ locale, namespace: "account" }),
    getTranslations({ locale, namespace: "order" }),
    getTranslations({ locale, namespace: "invoices" }),
  ])
  const { order } = view
  const address = order.shipping_address
  return (
    <>
      {heading ?? (
        <>
          <h1>{t("order", { number: order.display_id ?? "" })}</h1>
          <p className="muted">
            {t("placedOn", {
              date: order.created_at ? formatLongDate(order.created_at, locale) : "",
            })}
          </p>
        </>
      )}
      <h2>{to("items")}</h2>
      <ul>
        {order.items?.map((item) => (
          <li key={item.id}>
            {item.quantity} × {item.product_title} <span className="muted">{item.variant_title}</span>
          </li>
        ))}
      </ul>
      {address ? (
        <>
          <h2>{to("shipTo")}</h2>
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
        promiseScope={promiseScopeOf(target)}
        hrefOf={(id) => `${orderPath(target, locale)}/invoices/${id}`}
      />
    </>
  )
}
