"use client"

import type { Locale } from "@helder/contract"
import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
// The "pure" entry injects Stripe.js only when loadStripe is called (with a configured key), not on import:
// the data map lists Stripe only when it is configured.
import type { Stripe } from "@stripe/stripe-js"
import { loadStripe } from "@stripe/stripe-js/pure"
import { useState, useTransition } from "react"
import { useTranslations } from "next-intl"
import { completeStripeOrder } from "./actions"

let stripePromise: Promise<Stripe | null> | null = null

/** Stripe.js is loaded only when a shopper chooses to pay with Stripe, never on other pages. */
function getStripe(publishableKey: string) {
  stripePromise ??= loadStripe(publishableKey)
  return stripePromise
}

type Props = { publishableKey: string; clientSecret: string; locale: Locale }

/** Stripe's Payment Element (card, iDEAL, Bancontact) for a session the backend opened. */
export function StripePayment({ publishableKey, clientSecret, locale }: Props) {
  return (
    <Elements stripe={getStripe(publishableKey)} options={{ clientSecret, locale }}>
      <ConfirmPayment locale={locale} />
    </Elements>
  )
}

function ConfirmPayment({ locale }: { locale: Locale }) {
  const t = useTranslations("checkout")
  const stripe = useStripe()
  const elements = useElements()
  const [error, setError] = useState<string | null>(null)
  const [pending, startTransition] = useTransition()

  const pay = () =>
    startTransition(async () => {
      if (!stripe || !elements) return
      const { error: stripeError } = await stripe.confirmPayment({
        elements,
        redirect: "if_required",
        // iDEAL and Bancontact leave the page; the bank sends the shopper back here to finish.
        confirmParams: { return_url: `${window.location.origin}/${locale}/checkout/complete` },
      })
      if (stripeError) {
        setError(stripeError.message ?? t("errors.failed"))
        return
      }
      const state = await completeStripeOrder(locale)
      if (state?.error) setError(t(`errors.${state.error}`))
    })

  return (
    <div className="stack">
      <PaymentElement />
      {error ? (
        <p role="alert" className="notice error">
          {error}
        </p>
      ) : null}
      <button type="button" onClick={pay} disabled={!stripe || pending}>
        {pending ? t("placing") : t("place")}
      </button>
    </div>
  )
}
