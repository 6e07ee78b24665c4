"use client"

import type { Locale } from "@helder/contract"
import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { RETURN_REASONS } from "@helder/schemas/browser"
import type { OrderActionState } from "./actions"

type Line = { id: string; title: string; returnable: number }

/**
 * Which delivered items go back, how many and why; the backend checks the period and quantities again.
 * Without lines (period over, all sent back) it says so, unless it has just registered a return.
 */
export function ReturnForm({
  action,
  locale,
  lines,
  promiseScope,
}: {
  action: (s: OrderActionState, f: FormData) => Promise<OrderActionState>
  locale: Locale
  lines: Line[]
  promiseScope?: "account"
}) {
  const t = useTranslations("returns")
  const [state, submit, pending] = useActionState(action, null)
  if (state?.ok)
    return (
      <p
        className="notice ok"
        role="status"
        data-testid="return-requested"
        data-promise-scope={promiseScope}
        data-promise="P-return-instructions"
      >
        {t("returnRequested", { id: state.returnId ?? "" })}
      </p>
    )
  if (!lines.length) return <p className="notice">{t("nothingToReturn")}</p>
  return (
    <form action={submit} className="stack" data-testid="return-form">
      <input type="hidden" name="locale" value={locale} />
      {state?.error ? (
        <p className="notice error" role="alert">
          {state.detail && state.error === "refused" ? state.detail : t(`errors.${state.error}`)}
        </p>
      ) : null}
      {lines.map((line) => (
        <fieldset key={line.id} className="row">
          <legend>{line.title}</legend>
          <input type="hidden" name="item" value={line.id} />
          <label className="field">
            {t("quantity")}
            <select name={`quantity_${line.id}`} defaultValue="0">
              {Array.from({ length: line.returnable + 1 }, (_, n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            {t("reason")}
            <select name={`reason_${line.id}`} defaultValue="changed_mind">
              {RETURN_REASONS.map((reason) => (
                <option key={reason} value={reason}>
                  {t(`reasons.${reason}`)}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
      ))}
      <button type="submit" disabled={pending}>
        {t("submitReturn")}
      </button>
    </form>
  )
}
