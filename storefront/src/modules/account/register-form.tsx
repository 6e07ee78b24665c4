"use client"

import type { Locale } from "@helder/contract"
import { useActionState, useState } from "react"
import { useTranslations } from "next-intl"
import { register } from "./registration-actions"
import { OptInBox } from "@/modules/newsletter/forms"
import { PasswordStrength } from "./password-strength"

/** Registration: name, address, phone, e-mail and password required; birth date optional. */
export function RegisterForm({
  locale,
  optInText,
  initial = {},
}: {
  locale: Locale
  optInText: string
  initial?: Record<string, string>
}) {
  const t = useTranslations("account")
  const [state, action, pending] = useActionState(register, null)
  const [password, setPassword] = useState("")
  const [email, setEmail] = useState(initial.email ?? "")
  if (state?.ok)
    return (
      <p
        className="notice ok"
        role="status"
        data-testid="registered"
        data-promise-scope="account"
        data-promise="P-mail-nothing-without-confirmation"
      >
        {t("registered")}
      </p>
    )
  const values = state?.values ?? initial
  const fields = state?.fields ?? {}
  const input = (name: string, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <label className="field">
      {label}
      <input name={name} defaultValue={values[name] ?? ""} aria-invalid={fields[name] ? true : undefined} {...props} />
      {fields[name] ? <span className="error">{t(`errors.${fields[name]}`)}</span> : null}
    </label>
  )
  return (
    <form action={action} className="stack" key={JSON.stringify(values)} noValidate>
      <input type="hidden" name="locale" value={locale} />
      {state?.error ? (
        <p className="notice error" role="alert">
          {t(`errors.${state.error}`)}
        </p>
      ) : null}
      <div className="row">
        {input("first_name", t("firstName"), { autoComplete: "given-name", maxLength: 100 })}
        {input("last_name", t("lastName"), { autoComplete: "family-name", maxLength: 100 })}
      </div>
      {input("address_1", t("street"), { autoComplete: "address-line1", maxLength: 200 })}
      <div className="row">
        {input("postal_code", t("postcode"), { autoComplete: "postal-code", maxLength: 10 })}
        {input("city", t("city"), { autoComplete: "address-level2", maxLength: 100 })}
        <label className="field">
          {t("country")}
          <select name="country_code" defaultValue={values.country_code ?? "nl"}>
            <option value="nl">{t("countries.nl")}</option>
            <option value="be">{t("countries.be")}</option>
          </select>
        </label>
      </div>
      <div className="row">
        {input("phone", t("phone"), { type: "tel", autoComplete: "tel", maxLength: 20 })}
        {input("birth_date", t("birthDate"), { type: "date", autoComplete: "bday" })}
      </div>
      {input("email", t("email"), {
        type: "email",
        autoComplete: "email",
        maxLength: 254,
        onChange: (e) => setEmail(e.target.value),
      })}
      <label className="field">
        {t("password")}
        <input
          name="password"
          type="password"
          autoComplete="new-password"
          maxLength={200}
          aria-invalid={fields.password ? true : undefined}
          aria-describedby="password-rules"
          onChange={(e) => setPassword(e.target.value)}
        />
        <span id="password-rules" className="muted">
          {t("passwordRules")}
        </span>
        <PasswordStrength password={password} userInputs={[email, values.first_name ?? "", values.last_name ?? ""]} />
        {fields.password ? <span className="error">{t(`errors.${fields.password}`)}</span> : null}
      </label>
      <p className="muted" data-promise-scope="account" data-promise="P-account-no-card">
        {t("noCardData")}
      </p>
      <OptInBox text={optInText} />
      <button type="submit" disabled={pending}>
        {t("submitRegister")}
      </button>
    </form>
  )
}
