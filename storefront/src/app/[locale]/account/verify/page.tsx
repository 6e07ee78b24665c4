import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@helder/contract"
import { VerifyForm } from "@/modules/account/verify-form"

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ token?: string | string[] }> }

export default async function VerifyPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "account" })
  const { token } = await searchParams
  return (
    <section style={{ maxWidth: "28rem" }}>
      <h1>{t("verifyTitle")}</h1>
      <VerifyForm token={typeof token === "string" ? token.slice(0, 100) : ""} />
    </section>
  )
}
