"use client"

import type { Locale } from "@helder/contract"
import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { logIn } from "./login-actions"

/** E-mail and password; one message for any wrong combination. */
export function LoginForm({ locale }: { locale: Locale }) {
  const t = useTranslations("account")
  const [state, action, pending] = useActionState(logIn, null)
  return (
    <form action={action} className="stack" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {state?.error ? (
        <p className="notice error" role="alert">
          {t(`errors.${state.error}`)}
        </p>
      ) : null}
      <label className="field">
        {t("email")}
        <input
          name="email"
          type="email"
          autoComplete="username"
          defaultValue={state?.values?.email ?? ""}
          maxLength={254}
        />
      </label>
      <label className="field">
        {t("password")}
        <input name="password" type="password" autoComplete="current-password" maxLength={200} />
      </label>
      <button type="submit" disabled={pending}>
        {t("submitLogin")}
      </button>
    </form>
  )
}
