import { getTranslations } from "next-intl/server"
import { promisesOn } from "@helder/privacy"
import { Link } from "@/i18n/navigation"
import { formatMoment, type Locale } from "@helder/contract"
import { dataMap } from "@/lib/privacy"
import { languageRoute } from "@/modules/common/language-route"
import { proofOf } from "@/modules/privacy/proof-page"

/** Where each language's accessibility statement lives. */
export const ACCESSIBILITY_PATH: Record<Locale, string> = { nl: "/toegankelijkheid", en: "/accessibility" }

/**
 * The accessibility statement (Directive (EU) 2019/882), made of the shop's own checks: each promise of
 * the ledger's "accessibility" surface with the tests that prove it, and when the suite last passed for
 * this build; what is not checked; and whom to tell.
 */
async function StatementPage({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "accessibility" })
  const { tests, lastPass } = proofOf()
  return (
    <article className="stack policy" data-testid="accessibility-statement">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <p>{t("standard")}</p>
      <h2>{t("checksTitle")}</h2>
      <ul data-promise-scope="accessibility">
        {promisesOn("accessibility")
          .filter((promise) => promise.id !== "P-contact-answer")
          .map((promise) => (
            <li key={promise.id} data-promise={promise.id}>
              {promise.says[locale]}{" "}
              <span className="muted">
                {t("provenBy")}{" "}
                {tests(promise.id)
                  .map((test) => test.title.replace(/^(\[[^\]]+\]\s*)+/, ""))
                  .join("; ")}
              </span>
            </li>
          ))}
      </ul>
      <p data-testid="accessibility-last-pass">
        {lastPass
          ? t("lastPass", {
              date: formatMoment(lastPass, locale),
            })
          : t("noPass")}
      </p>
      <h2>{t("limitsTitle")}</h2>
      <p>{t("limits")}</p>
      <h2>{t("contactTitle")}</h2>
      <p data-promise-scope="accessibility" data-promise="P-contact-answer">
        {t.rich("contact", {
          email: dataMap.controller.email,
          form: (chunks) => <Link href="/contact">{chunks}</Link>,
        })}{" "}
        {promisesOn("accessibility").find((promise) => promise.id === "P-contact-answer")!.says[locale]}
      </p>
      <p>{t("authority")}</p>
    </article>
  )
}

/** The route of the statement in one language; the other language's address answers 404. */
export function accessibilityRoute(only: Locale) {
  return languageRoute(only, "accessibility", "title", async (locale) => <StatementPage locale={locale} />)
}
