import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@helder/contract"
import { ForgotPasswordForm } from "@/modules/account/password-forms"

export default async function ForgotPasswordPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "account" })
  return (
    <section style={{ maxWidth: "28rem" }} data-promise-scope="account">
      <h1>{t("forgotTitle")}</h1>
      <p className="muted" data-promise="P-account-reset-link">
        {t("forgotIntro")}
      </p>
      <ForgotPasswordForm locale={locale} />
    </section>
  )
}
