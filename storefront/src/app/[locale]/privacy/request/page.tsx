import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@helder/contract"
import { GuestRequestForm } from "@/modules/data-rights/guest-request-forms"

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "dataRights.request" })
  return { title: t("title") }
}

/**
 * Privacy requests without an account: export, erasure, correction, restriction or objection, confirmed through the
 * order's mailbox.
 */
export default async function PrivacyRequestPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "dataRights.request" })
  return (
    <section className="stack" data-testid="privacy-request-page">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <p data-promise="P-right-restrict">{t("rightsRestrict")}</p>
      <p data-promise="P-right-object">{t("rightsObject")}</p>
      <GuestRequestForm locale={locale} />
    </section>
  )
}
