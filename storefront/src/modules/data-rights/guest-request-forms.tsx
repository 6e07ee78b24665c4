"use client"

import { formatMoment, type Locale } from "@helder/contract"
import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { GUEST_REQUEST_KINDS } from "@helder/schemas/browser"
import { submitGuestRequest, verifyGuestRequest, type DataRightsState } from "./actions"

function Problem({ state, field }: { state: DataRightsState; field: string }) {
  const t = useTranslations("dataRights.request")
  return state?.fields?.[field] ? <span className="error">{t(`errors.${field}`)}</span> : null
}

/** A privacy request without an account, proved by the mailbox of an order. */
export function GuestRequestForm({ locale }: { locale: Locale }) {
  const t = useTranslations("dataRights.request")
  const [state, action, pending] = useActionState(submitGuestRequest, null)
  if (state?.ok)
    return (
      <p className="notice ok" role="status" data-testid="request-sent">
        {t("sent")}
      </p>
    )
  const values = state?.values ?? {}
  return (
    <form action={action} className="stack" noValidate data-testid="guest-request">
      <input type="hidden" name="locale" value={locale} />
      {state?.error ? (
        <p className="notice error" role="alert">
          {t(`errors.${state.error}`)}
        </p>
      ) : null}
      <fieldset>
        <legend>{t("kind")}</legend>
        {GUEST_REQUEST_KINDS.map((kind) => (
          <label key={kind}>
            <input type="radio" name="kind" value={kind} defaultChecked={(values.kind || "export") === kind} />{" "}
            {t(`kinds.${kind}`)}
          </label>
        ))}
        <Problem state={state} field="kind" />
      </fieldset>
      <label className="field">
        {t("email")}
        <input
          name="email"
          type="email"
          autoComplete="email"
          maxLength={254}
          defaultValue={values.email ?? ""}
          aria-invalid={state?.fields?.email ? true : undefined}
        />
        <Problem state={state} field="email" />
      </label>
      <label className="field">
        {t("orderNumber")}
        <input
          name="order_number"
          inputMode="numeric"
          maxLength={12}
          defaultValue={values.order_number ?? ""}
          aria-invalid={state?.fields?.order_number ? true : undefined}
        />
        <Problem state={state} field="order_number" />
      </label>
      <label className="field">
        {t("details")}
        <textarea
          name="details"
          maxLength={2000}
          rows={4}
          defaultValue={values.details ?? ""}
          aria-invalid={state?.fields?.details ? true : undefined}
        />
        <Problem state={state} field="details" />
      </label>
      <button type="submit" disabled={pending}>
        {t("submit")}
      </button>
    </form>
  )
}

/**
 * The button behind the guest's mailed link, and what follows: a download, a scheduled erasure, or a request queued for
 * the desk.
 */
export function VerifyGuestRequestForm({
  token,
  locale,
  linkHours,
}: {
  token: string
  locale: Locale
  linkHours: number
}) {
  const t = useTranslations("dataRights.request")
  const [state, action, pending] = useActionState(verifyGuestRequest, null)
  const result = state && "result" in state ? state.result : undefined
  if (result?.kind === "export" && result.download_token) {
    return (
      <div className="stack" role="status" data-testid="request-verified">
        <p className="notice ok">{t("exportReady", { hours: linkHours })}</p>
        {/* A POST, so the one-time link never appears in an address bar, a history or a server log. */}
        <form method="post" action={`/${locale}/privacy/request/download`}>
          <input type="hidden" name="token" value={result.download_token} />
          <button type="submit" data-testid="guest-download">
            {t("download")}
          </button>
        </form>
      </div>
    )
  }
  if (result?.kind === "erasure" && result.scheduled_for) {
    return (
      <p className="notice ok" role="status" data-testid="request-verified">
        {t("erasureScheduled", { when: formatMoment(result.scheduled_for, locale) })}
      </p>
    )
  }
  if (result?.kind === "correction")
    return (
      <p className="notice ok" role="status" data-testid="request-verified">
        {t("correctionQueued")}
      </p>
    )
  if (result) {
    return (
      <p className="notice ok" role="status" data-testid="request-verified" data-promise="P-right-identity">
        {t("deskQueued")}
      </p>
    )
  }
  return (
    <form action={action} className="stack">
      <input type="hidden" name="token" value={token} />
      {state?.error ? (
        <p className="notice error" role="alert">
          {t(`errors.${state.error}`)}
        </p>
      ) : null}
      <button type="submit" disabled={pending}>
        {t("verifyButton")}
      </button>
    </form>
  )
}
