import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@helder/contract"
import { getConsentCookie } from "@/lib/cookies"
import { getConsentHistory } from "@/lib/data/consent"
import { ConsentHistory } from "@/modules/consent/consent-history"

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "privacy" })
  return { title: t("consentTitle"), robots: { index: false, follow: false } }
}

/** The "copy of the cookie": the choices recorded under this browser's consent id, without an account. */
export default async function ConsentRecordPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "privacy" })
  const cookie = await getConsentCookie()
  const records = cookie ? await getConsentHistory(cookie.consentId) : null
  return (
    <section
      className="stack"
      data-testid="consent-record-page"
      data-promise-scope="consent-record"
      data-promise="P-consent-record"
    >
      <h1>{t("consentTitle")}</h1>
      <p>{t("consentIntro")}</p>
      {cookie && records ? (
        <>
          <p>
            {t("consentId")}: <code data-testid="consent-record-id">{cookie.consentId}</code>
          </p>
          <ConsentHistory records={records} locale={locale} downloadHref={`/${locale}/cookies/consent/download`} />
        </>
      ) : (
        <p className="notice">{t("noConsent")}</p>
      )}
    </section>
  )
}
