import type { Locale } from "@helder/contract"
import { NEWSLETTER_OPT_IN_TEXT } from "@helder/schemas"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { addressFormValues } from "@/lib/adapter"
import { getPlacedOrderView } from "@/lib/data/orders"
import { RegisterForm } from "@/modules/account/register-form"

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ from?: string }> }

/**
 * "Create an account from this order": the details come from the order this browser just placed
 * (its own cookie), never from the URL, so no personal data travels in links or logs.
 */
async function detailsFromPlacedOrder(): Promise<Record<string, string>> {
  const order = (await getPlacedOrderView())?.order
  const address = order?.shipping_address
  if (!order || !address) return {}
  return { ...addressFormValues(address), email: order.email ?? "" }
}

export default async function RegisterPage({ params, searchParams }: Props) {
  const { locale } = await params
  const initial = (await searchParams).from === "order" ? await detailsFromPlacedOrder() : {}
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "account" })
  return (
    <section style={{ maxWidth: "40rem" }}>
      <h1>{t("registerTitle")}</h1>
      <p className="muted" data-promise-scope="account" data-promise="P-account-optional">
        {t("optional")}
      </p>
      <RegisterForm locale={locale} initial={initial} optInText={NEWSLETTER_OPT_IN_TEXT[locale]} />
      <p>
        {t("haveAccount")} <Link href="/account/login">{t("submitLogin")}</Link>
      </p>
    </section>
  )
}
