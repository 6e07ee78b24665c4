import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@helder/contract"
import { getPlacedOrderView } from "@/lib/data/orders"
import { Link } from "@/i18n/navigation"
import { getAccountSession, getPlacedOrderLink } from "@/lib/cookies"
import { TrackEvent } from "@/modules/analytics/track-event"
import { OrderDetails } from "@/modules/orders/order-details"

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
  const t = await getTranslations({ locale, namespace: "order" })
  return (
    <section data-testid="order-confirmation">
      {/* Counted without the order: statistics never hold an order id, e-mail or amount. */}
      <TrackEvent name="purchase" />
      {/* Withdrawal and the invoice (once issued) are here from the start, through the order's own link. */}
      <OrderDetails
        view={view}
        locale={locale}
        target={{ kind: "link", token }}
        heading={
          <>
            <h1>{t("title")}</h1>
            <p>
              {t("number")}: <strong data-testid="order-number">{order.display_id}</strong>
            </p>
            <p>{t("sentTo", { email: order.email ?? "" })}</p>
          </>
        }
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
