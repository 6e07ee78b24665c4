import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { formatLongDate, type Locale } from "@helder/contract"
import { listAccountOrders, requireAccount } from "@/lib/data/account"
import { formatPrice } from "@/modules/common/format"

export default async function AccountOrdersPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  await requireAccount(locale)
  const [t, orders] = await Promise.all([getTranslations({ locale, namespace: "account" }), listAccountOrders()])
  return (
    <section>
      <h1>{t("ordersTitle")}</h1>
      {orders.length === 0 ? <p className="notice">{t("noOrders")}</p> : null}
      <ul className="stack" data-testid="order-history">
        {orders.map((order) => (
          <li key={order.id}>
            <Link href={`/account/orders/${order.id}`}>{t("order", { number: order.display_id ?? "" })}</Link>{" "}
            <span className="muted">{t("placedOn", { date: formatLongDate(order.created_at, locale) })}</span>{" "}
            <strong>{formatPrice(order.total, locale)}</strong>
          </li>
        ))}
      </ul>
    </section>
  )
}
