"use client"

import { formatMoment, type Locale } from "@helder/contract"
import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { ACCOUNT_REQUEST_KINDS } from "@helder/schemas/browser"
import { submitAccountRequest } from "./actions"

/** A correction, restriction (art. 18) or objection (art. 21) from the account, for the privacy desk. */
export function AccountRequestForm({ locale }: { locale: Locale }) {
  const t = useTranslations("dataRights")
  const [state, action, pending] = useActionState(submitAccountRequest, null)
  if (state?.ok && state.due) {
    return (
      <p className="notice ok" role="status" data-testid="account-request-received" data-promise="P-right-identity">
        {t("account.received", { due: formatMoment(state.due, locale) })}
      </p>
    )
  }
  const values = state?.values ?? { kind: "restriction", details: "" }
  return (
    <form action={action} className="stack" noValidate data-testid="account-request">
      <input type="hidden" name="locale" value={locale} />
      {state?.error ? (
        <p className="notice error" role="alert">
          {t(`account.errors.${state.error}`)}
        </p>
      ) : null}
      <fieldset>
        <legend>{t("request.kind")}</legend>
        {ACCOUNT_REQUEST_KINDS.map((kind) => (
          <label key={kind}>
            <input type="radio" name="kind" value={kind} defaultChecked={values.kind === kind} />{" "}
            {t(`request.kinds.${kind}`)}
          </label>
        ))}
      </fieldset>
      <label className="field">
        {t("request.details")}
        <textarea name="details" maxLength={2000} rows={4} defaultValue={values.details} />
      </label>
      <button type="submit" disabled={pending}>
        {t("account.submit")}
      </button>
    </form>
  )
}
