"use client"

import type { Locale } from "@helder/contract"
import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { submitWithdrawalLink } from "./actions"

/**
 * The public withdrawal function (art. 11a): name, order number and e-mail address; the link to confirm
 * goes to the order's own mailbox. A server action, so it works before hydration and without JavaScript.
 */
export function WithdrawalLinkForm({ locale }: { locale: Locale }) {
  const t = useTranslations("withdrawLink")
  const [state, action, pending] = useActionState(submitWithdrawalLink, null)
  if (state?.ok)
    return (
      <p className="notice ok" role="status" data-testid="withdrawal-link-sent">
        {t("sent")}
      </p>
    )
  const values = state?.values ?? {}
  return (
    <form action={action} className="stack" noValidate data-testid="withdrawal-link-form">
      <input type="hidden" name="locale" value={locale} />
      {state?.error ? (
        <p className="notice error" role="alert">
          {t(`errors.${state.error}`)}
          {state.detail ? ` (${state.detail})` : ""}
        </p>
      ) : null}
      <label className="field">
        {t("name")}
        <input name="name" autoComplete="name" maxLength={200} required defaultValue={values.name ?? ""} />
      </label>
      <label className="field">
        {t("orderNumber")}
        <input
          name="order_number"
          inputMode="numeric"
          maxLength={12}
          required
          defaultValue={values.order_number ?? ""}
        />
      </label>
      <label className="field">
        {t("email")}
        <input
          name="email"
          type="email"
          autoComplete="email"
          maxLength={254}
          required
          defaultValue={values.email ?? ""}
        />
      </label>
      <button type="submit" disabled={pending}>
        {t("submit")}
      </button>
    </form>
  )
}
