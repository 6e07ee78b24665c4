import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@helder/contract"
import { dataMap } from "@/lib/privacy"
import { languageRoute } from "@/modules/common/language-route"

/** Returns: the 14 days, how to withdraw and send back, who pays, and the refund. */
async function ReturnsPage({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "shopInfo" })
  const { email, name, address } = dataMap.controller
  return (
    <article className="stack policy" data-testid="returns-page">
      <h1>{t("returnsTitle")}</h1>
      <p>{t("returnsIntro")}</p>
      <h2>{t("returnsHowTitle")}</h2>
      <ol className="stack">
        <li>
          {t.rich("returnsStep1", {
            email,
            withdraw: (chunks) => (
              <Link href="/withdraw" data-testid="returns-withdraw">
                {chunks}
              </Link>
            ),
            form: (chunks) => (
              <a href={`/${locale}/withdrawal-form`} download data-testid="returns-model-form">
                {chunks}
              </a>
            ),
          })}
        </li>
        <li>{t("returnsStep2")}</li>
        <li>{t("returnsStep3", { address: `${name}, ${address}` })}</li>
      </ol>
      <h2>{t("returnsCostsTitle")}</h2>
      <p>{t("returnsCosts")}</p>
      <h2>{t("returnsRefundTitle")}</h2>
      <p>{t("returnsRefund")}</p>
      <p>{t("returnsCare")}</p>
    </article>
  )
}

/** The route of the returns page in one language (SHOP_INFO_PATHS.returns). */
export function returnsRoute(only: Locale) {
  return languageRoute(only, "shopInfo", "returnsTitle", async (locale) => <ReturnsPage locale={locale} />)
}
