import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@helder/contract"
import { requireAccount } from "@/lib/data/account"
import { getAccountConsents } from "@/lib/data/consent"
import { ConsentHistory } from "@/modules/consent/consent-history"

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "privacy" })
  return { title: t("consentTitle") }
}

/** The customer's cookie choices, from every browser they logged in with. */
export default async function AccountConsentsPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  await requireAccount(locale)
  const t = await getTranslations({ locale, namespace: "privacy" })
  const records = await getAccountConsents()
  return (
    <section
      className="stack"
      data-testid="account-consents"
      data-promise-scope="account"
      data-promise="P-consent-record"
    >
      <h1>{t("consentTitle")}</h1>
      {records.length ? (
        <ConsentHistory records={records} locale={locale} downloadHref={`/${locale}/account/consents/download`} />
      ) : (
        <p className="notice">{t("noConsent")}</p>
      )}
    </section>
  )
}
