import { getTranslations } from "next-intl/server"
import { intlLocale, type Locale, type OrderView, SHOP_TIME_ZONE } from "@helder/contract"
import { orderPath, promiseScopeOf, type OrderTarget } from "@/lib/data/orders"
import { WithdrawalClosed } from "./withdrawal-closed"

/**
 * The "withdraw from the contract here" function (art. 11a), clearly labelled on every order page for
 * the whole period, with the deadline, the return option and the EU model form.
 */
export async function WithdrawalPanel({
  view,
  target,
  locale,
}: {
  view: OrderView
  target: OrderTarget
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: "returns" })
  const { window } = view
  const base = orderPath(target, locale)
  const scope = promiseScopeOf(target)
  const deadline = window.deadline
    ? new Date(window.deadline).toLocaleDateString(intlLocale(locale), {
        timeZone: SHOP_TIME_ZONE,
      })
    : null
  return (
    <aside className="notice" data-testid="withdrawal-panel">
      <h2>{t("title")}</h2>
      {/* Until when, while it is open; once closed, only why (withdrawal-closed.tsx). */}
      {window.can_withdraw ? (
        <p data-promise-scope={scope} data-promise="P-withdrawal-window">
          {deadline ? t("until", { date: deadline }) : t("untilDelivery")}
        </p>
      ) : null}
      <div className="row">
        {window.can_withdraw ? (
          <a className="button" href={`${base}/withdraw`} data-testid="withdraw-button">
            {t("withdrawButton")}
          </a>
        ) : (
          <WithdrawalClosed reason={window.closed ?? "expired"} className="muted" promiseScope={scope} />
        )}
        {window.can_return ? (
          <a className="button secondary" href={`${base}/return`}>
            {t("returnButton")}
          </a>
        ) : null}
      </div>
      <p data-promise-scope={scope} data-promise="P-withdrawal-model-form">
        <a href={`/${locale}/withdrawal-form`} download>
          {t("modelForm")}
        </a>
      </p>
      {view.withdrawals.length ? (
        <p data-testid="withdrawals" data-promise-scope={scope} data-promise="P-withdrawal-acknowledged">
          {t("withdrawn", { count: view.withdrawals.length })}
        </p>
      ) : null}
    </aside>
  )
}
