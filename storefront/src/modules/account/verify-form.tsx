"use client"

import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { verifyEmail } from "./registration-actions"

/** One button that spends the mailed token. */
export function VerifyForm({ token }: { token: string }) {
  const t = useTranslations("account")
  const [state, action, pending] = useActionState(verifyEmail, null)
  if (state?.ok) {
    return (
      <p className="notice ok" role="status">
        {t("verified")} <Link href="/account/login">{t("submitLogin")}</Link>
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
        {t("confirm")}
      </button>
    </form>
  )
}
