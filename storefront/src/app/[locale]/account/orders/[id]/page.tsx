import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@/lib/adapter"
import { getAccountOrder, requireAccount } from "@/lib/data/account"
import { Totals } from "@/modules/cart/totals"

type Props = { params: Promise<{ locale: Locale; id: string }> }

/**
 * The ownership check runs here as well as in the page: metadata is resolved before the response
 * starts streaming, so a foreign order id gets a real 404 status, not a 200 with a not-found body.
 */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params
  await requireAccount(locale)
  const order = await getAccountOrder(id)
  if (!order) notFound()
  const t = await getTranslations({ locale, namespace: "account" })
  return { title: t("order", { number: order.display_id ?? "" }), robots: { index: false } }
}

/** One of the customer's own orders; another customer's order id gives the 404 page. */
export default async function AccountOrderPage({ params }: Props) {
  const { locale, id } = await params
  setRequestLocale(locale)
  await requireAccount(locale)
  const order = await getAccountOrder(id)
  if (!order) notFound()
  const t = await getTranslations({ locale, namespace: "account" })
  const address = order.shipping_address
  return (
    <section data-testid="account-order">
      <h1>{t("order", { number: order.display_id ?? "" })}</h1>
      <p className="muted">{t("placedOn", { date: new Date(order.created_at).toLocaleDateString(locale === "nl" ? "nl-NL" : "en-GB") })}</p>
      <ul>
        {order.items?.map((item) => (
          <li key={item.id}>{item.quantity} × {item.product_title} <span className="muted">{item.variant_title}</span></li>
        ))}
      </ul>
      {address ? (
        <address>
          {address.first_name} {address.last_name}<br />
          {address.address_1}<br />
          {address.postal_code} {address.city}
        </address>
      ) : null}
      <Totals totals={order} locale={locale} />
    </section>
  )
}
