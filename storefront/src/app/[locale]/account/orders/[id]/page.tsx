import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@helder/contract"
import { requireAccount } from "@/lib/data/account"
import { getAccountOrderView } from "@/lib/data/orders"
import { OrderDetails } from "@/modules/orders/order-details"

type Props = { params: Promise<{ locale: Locale; id: string }> }

/**
 * The ownership check runs here as well as in the page: metadata is resolved before the response
 * starts streaming, so a foreign order id gets a real 404 status, not a 200 with a not-found body.
 */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params
  await requireAccount(locale)
  const view = await getAccountOrderView(id)
  if (!view) notFound()
  const t = await getTranslations({ locale, namespace: "account" })
  return { title: t("order", { number: view.order.display_id ?? "" }), robots: { index: false } }
}

/** One of the customer's own orders with its invoices; another customer's order id gives the 404 page. */
export default async function AccountOrderPage({ params }: Props) {
  const { locale, id } = await params
  setRequestLocale(locale)
  await requireAccount(locale)
  const view = await getAccountOrderView(id)
  if (!view) notFound()
  return (
    <section data-testid="account-order">
      <OrderDetails view={view} locale={locale} target={{ kind: "account", orderId: id }} />
    </section>
  )
}
