import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@helder/contract"
import { ResetPasswordForm } from "@/modules/account/password-forms"

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ token?: string | string[] }> }

export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "account" })
  const { token } = await searchParams
  return (
    <section style={{ maxWidth: "28rem" }}>
      <h1>{t("resetTitle")}</h1>
      <ResetPasswordForm token={typeof token === "string" ? token.slice(0, 100) : ""} locale={locale} />
    </section>
  )
}
