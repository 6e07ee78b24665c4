import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@helder/contract"
import { dataMap } from "@/lib/privacy"
import { languageRoute } from "@/modules/common/language-route"
import { GuaranteeNotice } from "./guarantee-notice"

const PARTS = ["What", "Who", "HowLong", "Remedies"] as const

/** The legal guarantee: the harmonised notice, then what it covers, who answers for it, how long, and how to report. */
async function GuaranteePage({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "shopInfo" })
  return (
    <article className="stack policy" data-testid="guarantee-page">
      <h1>{t("guaranteeTitle")}</h1>
      <GuaranteeNotice locale={locale} />
      {PARTS.map((part) => (
        <section key={part} className="stack">
          <h2>{t(`guarantee${part}Title`)}</h2>
          <p>{t(`guarantee${part}`)}</p>
        </section>
      ))}
      <h2>{t("guaranteeReportTitle")}</h2>
      <p>
        {t.rich("guaranteeReport", {
          email: dataMap.controller.email,
          form: (chunks) => <Link href="/contact">{chunks}</Link>,
        })}
      </p>
      <p>{t("guaranteeNotCovered")}</p>
    </article>
  )
}

/** The route of the guarantee page in one language (SHOP_INFO_PATHS.guarantee). */
export function guaranteeRoute(only: Locale) {
  return languageRoute(only, "shopInfo", "guaranteeTitle", async (locale) => <GuaranteePage locale={locale} />)
}
