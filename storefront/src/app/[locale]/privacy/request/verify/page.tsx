import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@helder/contract"
import { dataMap } from "@/lib/privacy"
import { VerifyGuestRequestForm } from "@/modules/data-rights/guest-request-forms"

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ token?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "dataRights.request" })
  return { title: t("verifyTitle"), robots: { index: false, follow: false }, referrer: "same-origin" }
}

/** The guest's mailed link lands here; the button spends it, so opening the link alone changes nothing. */
export default async function VerifyPrivacyRequestPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "dataRights.request" })
  return (
    <section className="stack" data-testid="privacy-request-verify">
      <h1>{t("verifyTitle")}</h1>
      <p>{t("verifyText")}</p>
      <VerifyGuestRequestForm
        token={(await searchParams).token ?? ""}
        locale={locale}
        linkHours={dataMap.requests.linkValidHours}
      />
    </section>
  )
}
