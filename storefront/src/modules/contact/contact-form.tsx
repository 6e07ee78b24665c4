"use client"

import type { Locale } from "@helder/contract"
import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { sendContactMessage } from "./actions"

/** Name, e-mail, optional order number and the message; typed values survive an error. */
export function ContactForm({ locale }: { locale: Locale }) {
  const t = useTranslations("contact")
  const [state, action, pending] = useActionState(sendContactMessage, null)
  if (state?.ok)
    return (
      <p className="notice ok" role="status" data-testid="contact-sent">
        {t("sent")}
      </p>
    )
  const values = state?.values ?? {}
  const problem = (field: string) =>
    state?.fields?.[field] ? <span className="error">{t(`errors.${field}`)}</span> : null
  return (
    <form action={action} className="stack" noValidate key={JSON.stringify(values)}>
      <input type="hidden" name="locale" value={locale} />
      {state?.error ? (
        <p className="notice error" role="alert">
          {t(`errors.${state.error}`)}
        </p>
      ) : null}
      <label className="field">
        {t("name")}
        <input
          name="name"
          autoComplete="name"
          maxLength={100}
          defaultValue={values.name ?? ""}
          aria-invalid={state?.fields?.name ? true : undefined}
        />
        {problem("name")}
      </label>
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
        {problem("email")}
      </label>
      <label className="field">
        {t("orderNumber")}
        <input name="order_number" maxLength={30} defaultValue={values.order_number ?? ""} />
        {problem("order_number")}
      </label>
      <label className="field">
        {t("message")}
        <textarea
          name="message"
          rows={6}
          maxLength={5000}
          defaultValue={values.message ?? ""}
          aria-invalid={state?.fields?.message ? true : undefined}
        />
        {problem("message")}
      </label>
      <p className="muted">{t("retention")}</p>
      <button type="submit" disabled={pending}>
        {t("send")}
      </button>
    </form>
  )
}
