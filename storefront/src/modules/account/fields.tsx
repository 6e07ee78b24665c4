"use client"

import { useTranslations } from "next-intl"
import type { AccountFormState } from "./account-form"

/** A labelled input that shows its value from the last attempt and its problem, if any. */
export function Field({
  state,
  initial,
  name,
  label,
  ...props
}: {
  state: AccountFormState
  initial: Record<string, string>
  name: string
  label: string
} & React.InputHTMLAttributes<HTMLInputElement>) {
  const t = useTranslations("account")
  const problem = state?.fields?.[name]
  return (
    <label className="field">
      {label}
      <input
        name={name}
        defaultValue={state?.values?.[name] ?? initial[name] ?? ""}
        aria-invalid={problem ? true : undefined}
        {...props}
      />
      {problem ? <span className="error">{t(`errors.${problem}`)}</span> : null}
    </label>
  )
}

/** The form-level message: saved, or what went wrong. */
export function FormStatus({ state }: { state: AccountFormState }) {
  const t = useTranslations("account")
  if (state?.ok)
    return (
      <p className="notice ok" role="status">
        {t("saved")}
      </p>
    )
  return state?.error ? (
    <p className="notice error" role="alert">
      {t(`errors.${state.error}`)}
    </p>
  ) : null
}
