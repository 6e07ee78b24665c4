import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@helder/contract"
import { LinkButton } from "@/modules/newsletter/forms"

type Props = {
  params: Promise<{ locale: Locale }>
  searchParams: Promise<{ s?: string | string[]; sig?: string | string[] }>
}

/** Reached from the link in every newsletter; no login needed. */
export default async function NewsletterUnsubscribePage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "newsletter" })
  const { s, sig } = await searchParams
  const text = (value: string | string[] | undefined) => (typeof value === "string" ? value.slice(0, 100) : "")
  return (
    <section style={{ maxWidth: "28rem" }}>
      <h1>{t("unsubscribeTitle")}</h1>
      <LinkButton kind="unsubscribe" fields={{ s: text(s), sig: text(sig) }} />
    </section>
  )
}
