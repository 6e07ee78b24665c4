import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@helder/contract"
import { WithdrawalLinkForm } from "@/modules/returns/withdrawal-link-form"

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "withdrawLink" })
  return { title: t("title") }
}

/**
 * The withdrawal function every page's footer leads to (art. 11a of Directive 2011/83), for guests and customers alike.
 */
export default async function WithdrawPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "withdrawLink" })
  return (
    <section className="stack" data-testid="withdraw-public">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <WithdrawalLinkForm locale={locale} />
    </section>
  )
}
