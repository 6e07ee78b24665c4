"use client"

import type { Locale } from "@helder/contract"
import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { placeOrder } from "./actions"
import { SHOP_INFO_PATHS } from "@helder/schemas/browser"
import { Link } from "@/i18n/navigation"
import { OptInBox } from "@/modules/newsletter/forms"
import { GuaranteeNotice } from "@/modules/shop-info/guarantee-notice"
import { StripePayment } from "./stripe-payment"

/** A delivery option with its price and what the whole order then costs, formatted. */
type Option = { id: string; label: string; price: string; total: string }

type Props = {
  locale: Locale
  /** The newsletter opt-in sentence for this language (its box is never ticked in advance). */
  optInText: string
  /** Stripe's publishable key when Stripe is configured. */
  stripeKey?: string
  /** Shown when the shopper comes back from a payment that did not go through. */
  initialError?: string
  initial: Record<string, string>
  shippingOptions: Option[]
  /** The goods' total incl. VAT, formatted. */
  subtotal: string
  /** Each cart line's main characteristics and its price, formatted: repeated right above the button. */
  lines: { id: string; text: string; price: string }[]
  providers: { id: string; label: string }[]
  /** The general terms edition shown above the button: the order is placed under it. */
  termsVersion: string
}

/** The guest checkout form; on any error it keeps every value the shopper typed. */
export function CheckoutForm({
  locale,
  optInText,
  stripeKey,
  initialError,
  initial,
  shippingOptions,
  subtotal,
  lines,
  providers,
  termsVersion,
}: Props) {
  const t = useTranslations("checkout")
  const tc = useTranslations("cart")
  const [state, action, pending] = useActionState(placeOrder, null)
  const values = state?.values ?? initial
  const fields = state?.fields ?? {}
  const error = state ? state.error : initialError
  const input = (name: string, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <label className="field">
      {label}
      <input
        name={name}
        defaultValue={values[name] ?? ""}
        aria-invalid={fields[name] ? true : undefined}
        aria-describedby={fields[name] ? `${name}-error` : undefined}
        {...props}
      />
      {fields[name] ? (
        <span id={`${name}-error`} className="error">
          {t(`errors.${fields[name]}`)}
        </span>
      ) : null}
    </label>
  )
  // A new key after each attempt re-mounts the fields, so they show the values the server sent back.
  return (
    <form action={action} className="stack" key={JSON.stringify(state?.values ?? null)} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="terms_version" value={termsVersion} />
      {error ? (
        <p className="notice error" role="alert" data-testid="checkout-error">
          {t(`errors.${error}`)}
        </p>
      ) : null}
      <h2>{t("contact")}</h2>
      <p className="muted">{t("guestNote")}</p>
      {input("email", t("email"), { type: "email", autoComplete: "email", required: true, maxLength: 254 })}
      <h2>{t("address")}</h2>
      <div className="row">
        {input("first_name", t("firstName"), { autoComplete: "given-name", required: true, maxLength: 100 })}
        {input("last_name", t("lastName"), { autoComplete: "family-name", required: true, maxLength: 100 })}
      </div>
      {input("address_1", t("street"), { autoComplete: "address-line1", required: true, maxLength: 200 })}
      <div className="row">
        {input("postal_code", t("postcode"), { autoComplete: "postal-code", required: true, maxLength: 10 })}
        {input("city", t("city"), { autoComplete: "address-level2", required: true, maxLength: 100 })}
        <label className="field">
          {t("country")}
          <select name="country_code" defaultValue={values.country_code ?? "nl"} autoComplete="country">
            <option value="nl">{t("countries.nl")}</option>
            <option value="be">{t("countries.be")}</option>
          </select>
        </label>
      </div>
      {input("phone", t("phone"), { type: "tel", autoComplete: "tel", maxLength: 20 })}
      <details className="stack" open={Boolean(values.company || values.vat_number || fields.vat_number)}>
        <summary>{t("business")}</summary>
        {input("company", t("company"), { autoComplete: "organization", maxLength: 200 })}
        {input("vat_number", t("vatNumber"), { maxLength: 20, placeholder: "NL123456789B01" })}
      </details>
      <fieldset className="stack">
        <legend>
          <h2>{t("shipping")}</h2>
        </legend>
        {shippingOptions.map((option, index) => (
          <label key={option.id} className="choice">
            <input
              type="radio"
              name="shipping_option_id"
              value={option.id}
              data-index={index}
              defaultChecked={values.shipping_option_id ? values.shipping_option_id === option.id : index === 0}
            />
            <span>{option.label}</span> <strong>{option.price}</strong>
          </label>
        ))}
        {fields.shipping ? <span className="error">{t("errors.shipping")}</span> : null}
      </fieldset>
      <fieldset className="stack">
        <legend>
          <h2>{t("payment")}</h2>
        </legend>
        {providers.map((provider, index) => (
          <label key={provider.id} className="choice">
            <input
              type="radio"
              name="provider_id"
              value={provider.id}
              defaultChecked={values.provider_id ? values.provider_id === provider.id : index === 0}
            />
            <span>{provider.label}</span>
          </label>
        ))}
        {fields.payment ? <span className="error">{t("errors.payment")}</span> : null}
      </fieldset>
      <OptInBox text={optInText} />
      {/* Directly before the order (Directive 2011/83 art. 8(2)): what is bought, delivery, withdrawal, the
          legal guarantee, and what the order costs with the chosen delivery. A stylesheet rule shows the block of
          the checked option (globals.css, :has), so it follows the choice at once, without JavaScript too. */}
      <section className="before-order stack" data-testid="before-order" aria-labelledby="before-order-title">
        <h2 id="before-order-title">{t("beforeOrder.title")}</h2>
        <ul className="order-lines" aria-label={t("beforeOrder.lines")}>
          {lines.map((line) => (
            <li key={line.id} data-testid="order-line">
              <span>{line.text}</span> <strong>{line.price}</strong>
            </li>
          ))}
        </ul>
        <p>{t("beforeOrder.delivery")}</p>
        <p>
          {t("beforeOrder.withdrawal")}{" "}
          <a href={`/${locale}/withdrawal-form`} download>
            {t("beforeOrder.modelForm")}
          </a>
          .
        </p>
        <p>{t("beforeOrder.guarantee")}</p>
        <GuaranteeNotice locale={locale} />
        <p data-testid="checkout-terms">
          {t.rich("beforeOrder.terms", {
            version: termsVersion,
            link: (chunks) => (
              <Link href={SHOP_INFO_PATHS.terms[locale]} target="_blank" data-testid="checkout-terms-link">
                {chunks}
              </Link>
            ),
          })}
        </p>
        <div className="totals" data-testid="checkout-totals" aria-live="polite">
          <div>
            <span>{tc("subtotal")}</span>
            <span>{subtotal}</span>
          </div>
          {shippingOptions.map((option, index) => (
            <div key={option.id} className="delivery-total" data-option-index={index}>
              <div>
                <span>{tc("shipping")}</span>
                <span>{option.price}</span>
              </div>
              <div className="grand">
                <span>{t("totalInclVat")}</span>
                <span data-testid="checkout-total">{option.total}</span>
              </div>
              <p className="obligation" data-testid="checkout-obligation">
                {t("beforeOrder.obligation", { total: option.total })}
              </p>
            </div>
          ))}
        </div>
      </section>
      {state?.stripeClientSecret && stripeKey ? (
        <StripePayment publishableKey={stripeKey} clientSecret={state.stripeClientSecret} locale={locale} />
      ) : (
        <button type="submit" disabled={pending} data-testid="place-order">
          {pending ? t("placing") : t("place")}
        </button>
      )}
    </form>
  )
}
