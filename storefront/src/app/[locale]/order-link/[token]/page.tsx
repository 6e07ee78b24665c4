import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@helder/contract"
import { getOrderLinkView } from "@/lib/data/orders"
import { OrderDetails } from "@/modules/orders/order-details"

type Props = { params: Promise<{ locale: Locale; token: string }> }

/** Checked before streaming, so an expired or tampered link gets a real 404 status. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, token } = await params
  const view = await getOrderLinkView(token)
  if (!view) notFound()
  const t = await getTranslations({ locale, namespace: "account" })
  // The token is a key: keep the page out of indexes and its address out of other sites' logs. Not
  // "no-referrer": with it a form post carries "Origin: null", which Next's CSRF check refuses.
  return {
    title: t("order", { number: view.order.display_id ?? "" }),
    robots: { index: false, follow: false },
    referrer: "same-origin",
  }
}

/** A guest's order behind the signed link from the confirmation mail: order, invoices and downloads. */
export default async function OrderLinkPage({ params }: Props) {
  const { locale, token } = await params
  setRequestLocale(locale)
  const view = await getOrderLinkView(token)
  if (!view) notFound()
  return (
    <section data-testid="order-link">
      <OrderDetails view={view} locale={locale} target={{ kind: "link", token }} />
    </section>
  )
}
