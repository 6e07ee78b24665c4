import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@helder/contract"
import { requireAccount } from "@/lib/data/account"
import { dataMap } from "@/lib/privacy"
import { DeleteAccountForm } from "@/modules/data-rights/erasure-forms"

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "dataRights" })
  return { title: t("deleteTitle") }
}

/**
 * "Verwijder mijn account": what goes, what the law makes us keep (from the data map), the undo window, and the form.
 */
export default async function DeleteAccountPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  await requireAccount(locale)
  const t = await getTranslations({ locale, namespace: "dataRights" })
  const kept = dataMap.dataCategories.filter((c) => c.personal && c.keptBecause)
  return (
    <section className="stack" data-testid="delete-account-page" data-promise-scope="account">
      <h1>{t("deleteTitle")}</h1>
      <p data-promise="P-erasure-by-category">{t("deleteIntro")}</p>
      <h2>{t("deleteKept")}</h2>
      <ul>
        {kept.map((c) => (
          <li key={c.id} data-promise="P-erasure-by-category">
            <strong>{c.name[locale]}</strong>: {c.keptBecause![locale]}
          </li>
        ))}
      </ul>
      <p data-promise="P-right-erase P-account-erasure-window">
        {t("deleteWindow", { hours: dataMap.erasure.undoHours })}
      </p>
      <DeleteAccountForm locale={locale} />
    </section>
  )
}
