import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@helder/contract"
import { UndoErasureForm } from "@/modules/data-rights/erasure-forms"

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ token?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "dataRights" })
  // The token stays out of any referrer the page might send.
  return { title: t("undoTitle"), referrer: "same-origin" }
}

/** The mailed undo link lands here; the button spends it, so opening the link alone changes nothing. */
export default async function UndoErasurePage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "dataRights" })
  const token = (await searchParams).token ?? ""
  return (
    <section className="stack" data-testid="erasure-undo">
      <h1>{t("undoTitle")}</h1>
      <p>{t("undoText")}</p>
      <UndoErasureForm token={token} />
    </section>
  )
}
