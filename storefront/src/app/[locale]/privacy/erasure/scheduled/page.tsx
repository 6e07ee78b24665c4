import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { formatMoment, type Locale } from "@helder/contract"

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ at?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "dataRights" })
  return { title: t("scheduledTitle") }
}

/** After "Verwijder mijn account": when it happens and where the undo link is. */
export default async function ErasureScheduledPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "dataRights" })
  const at = new Date((await searchParams).at ?? "")
  const when = Number.isNaN(at.getTime()) ? "—" : formatMoment(at, locale)
  return (
    <section className="stack" data-testid="erasure-scheduled">
      <h1>{t("scheduledTitle")}</h1>
      <p>{t("scheduledText", { when })}</p>
    </section>
  )
}
