import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@helder/contract"
import { LoginForm } from "@/modules/account/login-form"

export default async function LoginPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "account" })
  return (
    <section style={{ maxWidth: "28rem" }}>
      <h1>{t("loginTitle")}</h1>
      <LoginForm locale={locale} />
      <p>
        <Link href="/account/forgot-password">{t("forgotLink")}</Link>
      </p>
      <p>
        {t("noAccount")} <Link href="/account/register">{t("submitRegister")}</Link>
      </p>
    </section>
  )
}
