"use client"

import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { deleteAddress, saveAddress, updateProfile } from "./profile-actions"
import { Field, FormStatus } from "./fields"

/** Name, phone and birth date; the e-mail address is shown but changed elsewhere. */
export function ProfileForm({ initial }: { initial: Record<string, string> }) {
  const t = useTranslations("account")
  const [state, action, pending] = useActionState(updateProfile, null)
  return (
    <form action={action} className="stack" noValidate data-testid="profile-form">
      <FormStatus state={state} />
      <div className="row">
        <Field
          state={state}
          initial={initial}
          name="first_name"
          label={t("firstName")}
          autoComplete="given-name"
          maxLength={100}
        />
        <Field
          state={state}
          initial={initial}
          name="last_name"
          label={t("lastName")}
          autoComplete="family-name"
          maxLength={100}
        />
      </div>
      <Field
        state={state}
        initial={initial}
        name="phone"
        label={t("phone")}
        type="tel"
        autoComplete="tel"
        maxLength={20}
      />
      <Field state={state} initial={initial} name="birth_date" label={t("birthDate")} type="date" autoComplete="bday" />
      <p className="muted">
        {t("email")}: {initial.email}
      </p>
      <p className="muted" data-promise-scope="account" data-promise="P-account-email-change">
        {t("emailNote")}
      </p>
      <button type="submit" disabled={pending}>
        {t("save")}
      </button>
    </form>
  )
}

/** Adds an address (no address_id) or edits one; the country decides the postcode format. */
export function AddressForm({
  initial,
  addressId,
  isDefault,
}: {
  initial: Record<string, string>
  addressId?: string
  isDefault?: boolean
}) {
  const t = useTranslations("account")
  const [state, action, pending] = useActionState(saveAddress, null)
  return (
    <form action={action} className="stack" noValidate data-testid={addressId ? "address-form" : "new-address-form"}>
      {addressId ? <input type="hidden" name="address_id" value={addressId} /> : null}
      <FormStatus state={state} />
      <div className="row">
        <Field state={state} initial={initial} name="first_name" label={t("firstName")} maxLength={100} />
        <Field state={state} initial={initial} name="last_name" label={t("lastName")} maxLength={100} />
      </div>
      <Field state={state} initial={initial} name="address_1" label={t("street")} maxLength={200} />
      <div className="row">
        <Field state={state} initial={initial} name="postal_code" label={t("postcode")} maxLength={10} />
        <Field state={state} initial={initial} name="city" label={t("city")} maxLength={100} />
        <label className="field">
          {t("country")}
          <select name="country_code" defaultValue={state?.values?.country_code ?? initial.country_code ?? "nl"}>
            <option value="nl">{t("countries.nl")}</option>
            <option value="be">{t("countries.be")}</option>
          </select>
        </label>
      </div>
      <label>
        <input type="checkbox" name="is_default_shipping" defaultChecked={isDefault} /> {t("defaultAddress")}
      </label>
      <div className="row">
        <button type="submit" disabled={pending}>
          {addressId ? t("save") : t("addAddress")}
        </button>
        {addressId ? (
          <button type="submit" className="secondary" formAction={deleteAddress}>
            {t("delete")}
          </button>
        ) : null}
      </div>
    </form>
  )
}
