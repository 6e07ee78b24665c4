"use client"

import { intlLocale, type Locale, type OrderWindow, SHOP_TIME_ZONE } from "@helder/contract"
import { useActionState } from "react"
import { useTranslations } from "next-intl"
import type { OrderActionState } from "./actions"
import { WithdrawalClosed } from "./withdrawal-closed"

type Props = {
  action: (state: OrderActionState, formData: FormData) => Promise<OrderActionState>
  /**
   * Why the order can no longer be withdrawn (null while it can); the acknowledgement of one just sent shows either
   * way.
   */
  closed: OrderWindow["closed"]
  locale: Locale
  defaults: { name: string; email: string; order_reference: string }
  /** The promise-ledger surface the acknowledgement is said on, if any. */
  promiseScope?: "account"
}

/**
 * The art. 11a withdrawal: name, order and e-mail, then a separate "confirm withdrawal" step that shows
 * what will be sent. After it, the acknowledgement with the statement and its time, at once. Every step
 * is a server action, so a click before the page has hydrated still lands on the next step.
 */
export function WithdrawalForm({ action, closed, locale, defaults, promiseScope }: Props) {
  const t = useTranslations("returns")
  const [state, submit, pending] = useActionState(action, null)
  if (state?.ok && state.withdrawal) {
    return (
      <div
        className="notice ok"
        role="status"
        data-testid="withdrawal-received"
        data-promise-scope={promiseScope}
        data-promise="P-withdrawal-acknowledged"
      >
        <p>
          {t("withdrawalReceived", {
            time: new Date(state.withdrawal.stated_at ?? state.withdrawal.submitted_at).toLocaleString(
              intlLocale(locale),
              { timeZone: SHOP_TIME_ZONE },
            ),
          })}
        </p>
        <pre className="statement">{state.withdrawal.statement}</pre>
        <p>{t("withdrawalMailed")}</p>
      </div>
    )
  }
  if (closed) return <WithdrawalClosed reason={closed} className="notice" promiseScope={promiseScope} />
  const review = state?.review
  if (review) {
    return (
      <form action={submit} className="stack" data-testid="withdrawal-confirm">
        {Object.entries(review).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name="locale" value={locale} />
        <p>{t("confirmIntro")}</p>
        <dl>
          <dt>{t("name")}</dt>
          <dd>{review.name}</dd>
          <dt>{t("email")}</dt>
          <dd>{review.email}</dd>
          <dt>{t("orderReference")}</dt>
          <dd>{review.order_reference}</dd>
        </dl>
        <div className="row">
          <button type="submit" name="step" value="confirm" disabled={pending}>
            {t("confirmWithdrawal")}
          </button>
          <button type="submit" name="step" value="edit" className="secondary" disabled={pending}>
            {t("back")}
          </button>
        </div>
      </form>
    )
  }
  const values = state?.values ?? defaults
  return (
    <form action={submit} className="stack" data-testid="withdrawal-form">
      <input type="hidden" name="step" value="review" />
      <input type="hidden" name="locale" value={locale} />
      {state?.error ? (
        <p className="notice error" role="alert">
          {state.detail && state.error === "refused" ? state.detail : t(`errors.${state.error}`)}
        </p>
      ) : null}
      <label className="field">
        {t("name")}
        <input name="name" autoComplete="name" required minLength={2} maxLength={200} defaultValue={values.name} />
      </label>
      <label className="field">
        {t("orderReference")}
        <input name="order_reference" required maxLength={50} defaultValue={values.order_reference} />
      </label>
      <label className="field">
        {t("email")}
        <input name="email" type="email" autoComplete="email" required maxLength={254} defaultValue={values.email} />
      </label>
      <button type="submit" disabled={pending}>
        {t("next")}
      </button>
    </form>
  )
}
