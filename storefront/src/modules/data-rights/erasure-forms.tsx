"use client"

import type { Locale } from "@helder/contract"
import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { requestAccountErasure, undoErasure, type DataRightsState } from "./actions"

function FormError({ state }: { state: DataRightsState }) {
  const t = useTranslations("dataRights")
  return state?.error ? (
    <p className="notice error" role="alert">
      {t(`errors.${state.error}`)}
    </p>
  ) : null
}

/** The password once more and an explicit tick: deleting an account is never one careless click. */
export function DeleteAccountForm({ locale }: { locale: Locale }) {
  const t = useTranslations("dataRights")
  const [state, action, pending] = useActionState(requestAccountErasure, null)
  return (
    <form action={action} className="stack" noValidate data-testid="delete-account">
      <input type="hidden" name="locale" value={locale} />
      <FormError state={state} />
      <label className="field">
        {t("password")}
        <input name="password" type="password" autoComplete="current-password" maxLength={200} required />
      </label>
      <label>
        <input type="checkbox" name="confirm" value="yes" required /> {t("confirm")}
      </label>
      <button type="submit" disabled={pending}>
        {t("deleteButton")}
      </button>
    </form>
  )
}

/** The button behind the mailed undo link. */
export function UndoErasureForm({ token }: { token: string }) {
  const t = useTranslations("dataRights")
  const tAccount = useTranslations("account")
  const [state, action, pending] = useActionState(undoErasure, null)
  if (state?.ok) {
    return (
      <p className="notice ok" role="status" data-testid="erasure-undone">
        {t("undone")} <Link href="/account/login">{tAccount("submitLogin")}</Link>
      </p>
    )
  }
  return (
    <form action={action} className="stack">
      <input type="hidden" name="token" value={token} />
      <FormError state={state} />
      <button type="submit" disabled={pending}>
        {t("undoButton")}
      </button>
    </form>
  )
}
