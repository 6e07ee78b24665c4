import { getTranslations } from "next-intl/server"
import { TERMS_EDITIONS, termsEditionOn, termsParagraphParts, type TermsSeller } from "@helder/schemas"
import { intlLocale, type Locale, SHOP_TIME_ZONE } from "@helder/contract"
import { dataMap } from "@/lib/privacy"
import { languageRoute } from "@/modules/common/language-route"

/** The seller the terms name: the shop's own SELLER_* settings, as the privacy policy shows them. */
export function termsSeller(): TermsSeller {
  const { name, address, email, kvk, vat } = dataMap.controller
  return { name, address, email, kvk, vat }
}

/** An ISO date as the page's language writes it. */
export function longDate(iso: string, locale: Locale): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString(intlLocale(locale), {
    dateStyle: "long",
    timeZone: SHOP_TIME_ZONE,
  })
}

/** The general terms in force today, with their version line and the list of every edition. */
async function TermsPage({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "shopInfo" })
  const edition = termsEditionOn(new Date())
  const seller = termsSeller()
  return (
    <article className="stack policy" data-testid="general-terms" data-terms-version={edition.id}>
      <h1>{t("termsTitle")}</h1>
      <p className="muted" data-testid="terms-version">
        {t("termsVersion", { version: edition.id, date: longDate(edition.effective, locale) })}
      </p>
      {edition.sections[locale].map((section) => (
        <section key={section.title} className="stack">
          <h2>{section.title}</h2>
          {section.paragraphs.map((paragraph, index) => (
            <p key={index}>
              {termsParagraphParts(paragraph, seller).map((part, i) =>
                part.href ? (
                  <a key={i} href={part.href}>
                    {part.text}
                  </a>
                ) : (
                  part.text
                ),
              )}
            </p>
          ))}
        </section>
      ))}
      <h2>{t("termsEditions")}</h2>
      <ul>
        {[...TERMS_EDITIONS].reverse().map((each) => (
          <li key={each.id}>{t("termsEdition", { version: each.id, date: longDate(each.effective, locale) })}</li>
        ))}
      </ul>
    </article>
  )
}

/** The route of the general terms in one language (SHOP_INFO_PATHS.terms); the other language's address answers 404. */
export function termsRoute(only: Locale) {
  return languageRoute(only, "shopInfo", "termsTitle", async (locale) => <TermsPage locale={locale} />)
}
