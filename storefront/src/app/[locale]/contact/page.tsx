import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@helder/contract"
import { ContactForm } from "@/modules/contact/contact-form"

export default async function ContactPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "contact" })
  return (
    <section style={{ maxWidth: "40rem" }}>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <ContactForm locale={locale} />
    </section>
  )
}
