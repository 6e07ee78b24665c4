import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import type { Locale } from "@helder/contract"
import { getOrderView, orderPath, promiseScopeOf, type OrderTarget } from "@/lib/data/orders"
import { submitReturn, submitWithdrawal } from "./actions"
import { ReturnForm } from "./return-form"
import { WithdrawalForm } from "./withdrawal-form"

/**
 * Metadata of an order's withdrawal and return pages, checked before streaming starts so an order the
 * visitor may not see is a real 404; kept out of indexes, and its address (a token) out of other sites.
 */
export async function orderActionMetadata(target: OrderTarget): Promise<Metadata> {
  if (!(await getOrderView(target))) notFound()
  return { robots: { index: false, follow: false }, referrer: "same-origin" }
}

/** The withdrawal page of an order (account or order link): a 404 for anyone who may not see the order. */
export async function WithdrawPage({ target, locale }: { target: OrderTarget; locale: Locale }) {
  const view = await getOrderView(target)
  if (!view) notFound()
  const t = await getTranslations({ locale, namespace: "returns" })
  const address = view.order.shipping_address
  return (
    <section data-testid="withdraw-page">
      <h1>{t("withdrawTitle")}</h1>
      <p data-promise-scope={promiseScopeOf(target)} data-promise="P-withdrawal-window">
        {t("withdrawIntro")}
      </p>
      {/* Rendered even when the period is closed: after a post without JavaScript, the page is drawn again
          with the order already withdrawn, and the form still shows its acknowledgement. */}
      <WithdrawalForm
        action={submitWithdrawal.bind(null, target)}
        closed={view.window.can_withdraw ? null : (view.window.closed ?? "expired")}
        locale={locale}
        promiseScope={promiseScopeOf(target)}
        defaults={{
          name: [address?.first_name, address?.last_name].filter(Boolean).join(" "),
          email: view.order.email ?? "",
          order_reference: `#${view.order.display_id}`,
        }}
      />
      <p>
        <a href={orderPath(target, locale)}>{t("backToOrder")}</a>
      </p>
    </section>
  )
}

/** The return page of an order: the delivered lines that can still go back. */
export async function ReturnPage({ target, locale }: { target: OrderTarget; locale: Locale }) {
  const view = await getOrderView(target)
  if (!view) notFound()
  const t = await getTranslations({ locale, namespace: "returns" })
  const returnable = new Map(view.window.items.map((item) => [item.id, item.returnable]))
  const lines = (view.order.items ?? [])
    .map((item) => ({
      id: item.id,
      title: [item.product_title, item.variant_title].filter(Boolean).join(" — "),
      returnable: returnable.get(item.id) ?? 0,
    }))
    .filter((line) => line.returnable > 0)
  return (
    <section data-testid="return-page">
      <h1>{t("returnTitle")}</h1>
      {/* Like the withdrawal form: always rendered, so the confirmation survives a post without JavaScript. */}
      <ReturnForm
        action={submitReturn.bind(null, target)}
        locale={locale}
        promiseScope={promiseScopeOf(target)}
        lines={view.window.can_return ? lines : []}
      />
      <p>
        <a href={orderPath(target, locale)}>{t("backToOrder")}</a>
      </p>
    </section>
  )
}
