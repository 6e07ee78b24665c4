import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@helder/contract"
import { LinkButton } from "@/modules/newsletter/forms"

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ token?: string | string[] }> }

export default async function NewsletterConfirmPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "newsletter" })
  const { token } = await searchParams
  return (
    <section style={{ maxWidth: "28rem" }}>
      <h1>{t("confirmTitle")}</h1>
      <LinkButton kind="confirm" fields={{ token: typeof token === "string" ? token.slice(0, 100) : "" }} />
    </section>
  )
}
