import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@helder/contract"
import { ConfirmEmailForm } from "@/modules/account/password-forms"

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ token?: string | string[] }> }

export default async function ConfirmEmailPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "account" })
  const { token } = await searchParams
  return (
    <section style={{ maxWidth: "28rem" }}>
      <h1>{t("confirmEmailTitle")}</h1>
      <ConfirmEmailForm token={typeof token === "string" ? token.slice(0, 100) : ""} locale={locale} />
    </section>
  )
}
