"use client"

import type { Locale } from "@helder/contract"
import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { confirmNewsletter, subscribeFromFooter, unsubscribeByLink, type NewsletterState } from "./actions"

/**
 * The newsletter's own opt-in box: never ticked in advance, with the exact sentence the backend records.
 * The sentence comes from the server as a prop, so the shared schema package stays out of the browser bundle.
 */
export function OptInBox({ text }: { text: string }) {
  return (
    <label className="choice">
      <input type="checkbox" name="newsletter" data-testid="newsletter-opt-in" /> <span>{text}</span>
    </label>
  )
}

function Outcome({ state, success }: { state: NewsletterState; success: string }) {
  const t = useTranslations("newsletter")
  if (state?.ok)
    return (
      <p className="notice ok" role="status">
        {success}
      </p>
    )
  return state?.error ? (
    <p className="notice error" role="alert">
      {t(`errors.${state.error}`)}
    </p>
  ) : null
}

/** Sign-up in the footer of every page. */
export function FooterSignup({ locale, optInText }: { locale: Locale; optInText: string }) {
  const t = useTranslations("newsletter")
  const [state, action, pending] = useActionState(subscribeFromFooter, null)
  if (state?.ok) return <Outcome state={state} success={t("sent")} />
  return (
    <form action={action} className="stack" aria-label={t("title")} data-testid="newsletter-footer">
      <input type="hidden" name="locale" value={locale} />
      <label className="field">
        {t("email")}
        <input name="email" type="email" autoComplete="email" maxLength={254} defaultValue={state?.email ?? ""} />
      </label>
      <OptInBox text={optInText} />
      <Outcome state={state} success={t("sent")} />
      <button type="submit" className="secondary" disabled={pending}>
        {t("subscribe")}
      </button>
    </form>
  )
}

/** One button that spends the double opt-in link, or the unsubscribe link. */
export function LinkButton({ kind, fields }: { kind: "confirm" | "unsubscribe"; fields: Record<string, string> }) {
  const t = useTranslations("newsletter")
  const [state, action, pending] = useActionState(kind === "confirm" ? confirmNewsletter : unsubscribeByLink, null)
  if (state?.ok) return <Outcome state={state} success={t(kind === "confirm" ? "confirmed" : "unsubscribed")} />
  return (
    <form action={action} className="stack">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Outcome state={state} success="" />
      <button type="submit" disabled={pending}>
        {t(kind === "confirm" ? "confirm" : "unsubscribe")}
      </button>
    </form>
  )
}
