"use client"

import type { Locale } from "@helder/contract"
import { useActionState, useState } from "react"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { AccountFormState } from "./account-form"
import { changeEmail, changePassword, confirmEmail, requestPasswordReset, resetPassword } from "./password-actions"
import { PasswordStrength } from "./password-strength"

function Problem({ state, field }: { state: AccountFormState; field: string }) {
  const t = useTranslations("account")
  const problem = state?.fields?.[field]
  return problem ? <span className="error">{t(`errors.${problem}`)}</span> : null
}

function NewPassword({ state, label }: { state: AccountFormState; label: string }) {
  const [password, setPassword] = useState("")
  const t = useTranslations("account")
  return (
    <label className="field">
      {label}
      <input
        name="password"
        type="password"
        autoComplete="new-password"
        maxLength={200}
        onChange={(e) => setPassword(e.target.value)}
        aria-invalid={state?.fields?.password ? true : undefined}
      />
      <span className="muted">{t("passwordRules")}</span>
      <PasswordStrength password={password} userInputs={[]} />
      <Problem state={state} field="password" />
    </label>
  )
}

function FormError({ state }: { state: AccountFormState }) {
  const t = useTranslations("account")
  return state?.error ? (
    <p className="notice error" role="alert">
      {t(`errors.${state.error}`)}
    </p>
  ) : null
}

/** "Forgot password": asks for the address and always answers the same way. */
export function ForgotPasswordForm({ locale }: { locale: Locale }) {
  const t = useTranslations("account")
  const [state, action, pending] = useActionState(requestPasswordReset, null)
  if (state?.ok)
    return (
      <p className="notice ok" role="status" data-testid="link-sent" data-promise="P-account-reset-link">
        {t("linkSent")}
      </p>
    )
  return (
    <form action={action} className="stack" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <FormError state={state} />
      <label className="field">
        {t("email")}
        <input
          name="email"
          type="email"
          autoComplete="email"
          maxLength={254}
          defaultValue={state?.values?.email ?? ""}
        />
        <Problem state={state} field="email" />
      </label>
      <button type="submit" disabled={pending}>
        {t("sendLink")}
      </button>
    </form>
  )
}

/** Sets a new password with the token from the mailed link. */
export function ResetPasswordForm({ token, locale }: { token: string; locale: Locale }) {
  const t = useTranslations("account")
  const [state, action, pending] = useActionState(resetPassword, null)
  if (state?.ok) {
    return (
      <p className="notice ok" role="status">
        {t("passwordReset")} <Link href="/account/login">{t("submitLogin")}</Link>
      </p>
    )
  }
  return (
    <form action={action} className="stack" noValidate>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="locale" value={locale} />
      <FormError state={state} />
      <NewPassword state={state} label={t("newPassword")} />
      <button type="submit" disabled={pending}>
        {t("save")}
      </button>
    </form>
  )
}

/** Changes the password from the account, confirmed with the current one. */
export function ChangePasswordForm({ locale }: { locale: Locale }) {
  const t = useTranslations("account")
  const [state, action, pending] = useActionState(changePassword, null)
  return (
    <form action={action} className="stack" noValidate key={state?.ok ? "done" : "form"}>
      <input type="hidden" name="locale" value={locale} />
      {state?.ok ? (
        <p className="notice ok" role="status" data-promise-scope="account" data-promise="P-sessions-end">
          {t("passwordChanged")}
        </p>
      ) : (
        <FormError state={state} />
      )}
      <label className="field">
        {t("currentPassword")}
        <input name="current_password" type="password" autoComplete="current-password" maxLength={200} />
        <Problem state={state} field="current_password" />
      </label>
      <NewPassword state={state} label={t("newPassword")} />
      <button type="submit" disabled={pending}>
        {t("save")}
      </button>
    </form>
  )
}

/** A new login address, confirmed with the password; nothing changes until the new address confirms. */
export function ChangeEmailForm({ locale }: { locale: Locale }) {
  const t = useTranslations("account")
  const [state, action, pending] = useActionState(changeEmail, null)
  if (state?.ok)
    return (
      <p
        className="notice ok"
        role="status"
        data-testid="email-change-sent"
        data-promise-scope="account"
        data-promise="P-account-email-change"
      >
        {t("emailChangeSent")}
      </p>
    )
  return (
    <form action={action} className="stack" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <FormError state={state} />
      <label className="field">
        {t("newEmail")}
        <input
          name="new_email"
          type="email"
          autoComplete="email"
          maxLength={254}
          defaultValue={state?.values?.new_email ?? ""}
        />
        <Problem state={state} field="new_email" />
      </label>
      <label className="field">
        {t("password")}
        <input name="password" type="password" autoComplete="current-password" maxLength={200} />
        <Problem state={state} field="password" />
      </label>
      <button type="submit" disabled={pending}>
        {t("save")}
      </button>
    </form>
  )
}

/** One button that spends the link mailed to the new address. */
export function ConfirmEmailForm({ token, locale }: { token: string; locale: Locale }) {
  const t = useTranslations("account")
  const [state, action, pending] = useActionState(confirmEmail, null)
  if (state?.ok) {
    return (
      <p className="notice ok" role="status">
        {t("emailChanged")} <Link href="/account/login">{t("submitLogin")}</Link>
      </p>
    )
  }
  return (
    <form action={action} className="stack">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="locale" value={locale} />
      <FormError state={state} />
      <button type="submit" disabled={pending}>
        {t("confirmEmail")}
      </button>
    </form>
  )
}
