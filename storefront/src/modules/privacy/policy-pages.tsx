import { getTranslations } from "next-intl/server"
import { LEGAL_BASIS_LABELS } from "@helder/privacy"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@helder/contract"
import { getPublishedPolicy } from "@/lib/data/policy"
import { dataMap } from "@/lib/privacy"
import { PROOF_PATH } from "./proof-page"
import { CookieTable, RecipientsTable, RetentionTable, StaffTable, VersionHistory } from "./policy-tables"

async function VersionLine({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "privacy" })
  const { current: version } = await getPublishedPolicy()
  return (
    <p className="muted" data-testid="policy-version" data-promise="P-policy-version">
      {t("versionLine", { version: version.id, date: version.effective })}
    </p>
  )
}

/** The promise each right's sentence makes (packages/privacy/src/promises.ts). */
const RIGHT_PROMISES = {
  access: "P-right-access",
  correct: "P-right-correct",
  erase: "P-right-erase",
  consent: "P-right-withdraw-consent",
  object: "P-right-object",
  restrict: "P-right-restrict",
  identity: "P-right-identity",
  complaint: "P-right-complaint",
} as const

/** The promise each security measure's sentence makes. */
const SECURITY_PROMISES = {
  hashed: "P-security-hashed",
  headers: "P-security-headers",
  limits: "P-security-limits",
  databaseRole: "P-security-database-role",
} as const

/**
 * The promise a service's line in the cookie policy makes beyond its category's (Stripe's "on the payment page only").
 */
const SERVICE_PROMISES: Partial<Record<string, string>> = { stripe: "P-stripe-payment-step-only" }

/** The privacy policy, generated from the data map: who, what and why, recipients, retention, rights, versions. */
export async function PrivacyPolicy({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "privacy" })
  const c = dataMap.controller
  return (
    <article className="stack policy" data-promise-scope="privacy-policy">
      <h1>{t("privacyTitle")}</h1>
      <VersionLine locale={locale} />
      <p data-promise="P-policy-from-data-map">{t("intro")}</p>
      <h2>{t("whoTitle")}</h2>
      <p data-promise="P-controller">
        {c.name}, {c.address} · {c.email} · {c.phone} · {t("kvk")} {c.kvk} · {t("vat")} {c.vat}
      </p>
      <h2>{t("dataTitle")}</h2>
      <p data-promise="P-data-minimal">{t("dataIntro")}</p>
      <table className="lines" data-testid="data-categories">
        <thead>
          <tr>
            <th>{t("colData")}</th>
            <th>{t("colFields")}</th>
            <th>{t("colPurpose")}</th>
            <th>{t("colBasis")}</th>
            <th>{t("colErasure")}</th>
          </tr>
        </thead>
        <tbody>
          {dataMap.dataCategories.map((category) => (
            <tr
              key={category.id}
              data-category={category.id}
              data-promise={["P-data-categories", category.promise].filter(Boolean).join(" ")}
            >
              <td>
                {category.name[locale]}
                {category.personal ? null : <> ({t(category.pseudonymous ? "pseudonymousNote" : "personalNote")})</>}
              </td>
              <td>{category.fields[locale]}</td>
              <td>{category.purposes[locale]}</td>
              <td>{LEGAL_BASIS_LABELS[category.legalBasis][locale]}</td>
              <td data-promise="P-erasure-by-category">
                {t(`erasure.${category.erasure}`)}
                {category.keptBecause ? <>: {category.keptBecause[locale]}</> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t("recipientsTitle")}</h2>
      <p data-promise="P-recipients">{t("recipientsIntro")}</p>
      <RecipientsTable map={dataMap} locale={locale} />
      <h2>{t("retentionTitle")}</h2>
      <p data-promise="P-retention-nightly P-inactive-warning P-invoices-kept">{t("retentionIntro")}</p>
      <RetentionTable map={dataMap} locale={locale} />
      <h2>{t("securityTitle")}</h2>
      <ul>
        {(Object.keys(SECURITY_PROMISES) as (keyof typeof SECURITY_PROMISES)[]).map((measure) => (
          <li key={measure} data-promise={SECURITY_PROMISES[measure]}>
            {t(`security.${measure}`)}
          </li>
        ))}
      </ul>
      <h2>{t("staffTitle")}</h2>
      <p data-promise="P-staff-need-to-know">{t("staffIntro")}</p>
      <p data-promise="P-staff-roles">{t("staffRoles")}</p>
      <StaffTable locale={locale} />
      <p data-promise="P-staff-login">{t("staffLogin")}</p>
      <h2>{t("cookiesTitle")}</h2>
      <p data-promise="P-cookie-table">
        <Link href="/cookies">{t("cookiesLink")}</Link>
      </p>
      <h2>{t("rightsTitle")}</h2>
      <ul>
        {(Object.keys(RIGHT_PROMISES) as (keyof typeof RIGHT_PROMISES)[]).map((right) => (
          <li key={right} data-promise={RIGHT_PROMISES[right]}>
            {t(`rights.${right}`)}
          </li>
        ))}
      </ul>
      <h2>{t("contactTitle")}</h2>
      <p data-promise="P-contact">
        {t("contactText", { email: c.email })} <Link href="/contact">{t("contactTitle")}</Link>
      </p>
      <p data-promise="P-proof">
        <Link href={PROOF_PATH[locale]}>{t("proofLink")}</Link>
      </p>
      <h2>{t("historyTitle")}</h2>
      <p data-promise="P-policy-edition">{t("historyIntro")}</p>
      <VersionHistory locale={locale} />
    </article>
  )
}

/** The cookie policy: the categories the banner offers, each with its services, and the full cookie table. */
export async function CookiePolicy({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "privacy" })
  return (
    <article className="stack policy" data-promise-scope="cookie-policy">
      <h1>{t("cookieTitle")}</h1>
      <VersionLine locale={locale} />
      <p data-promise="P-cookies-necessary-only P-cookies-withdraw-deletes P-gpc">{t("cookieIntro")}</p>
      <p data-promise="P-consent-validity">{t("consentValid")}</p>
      {dataMap.consentCategories.map((category) => (
        <section
          key={category.id}
          data-consent-category={category.id}
          data-promise={["P-consent-categories", category.promise].filter(Boolean).join(" ")}
        >
          <h2>{category.name[locale]}</h2>
          <p>{category.description[locale]}</p>
          {category.services.length ? (
            <ul>
              {category.services.map((s) => (
                <li key={s.id} data-promise={SERVICE_PROMISES[s.id]}>
                  {s.name} ({s.party === "first-party" ? t("firstParty") : s.party}): {s.purpose[locale]}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t("noServices")}</p>
          )}
        </section>
      ))}
      <h2>{t("cookieTableTitle")}</h2>
      <CookieTable map={dataMap} locale={locale} />
      <p data-promise="P-change-choice">{t("changeChoice")}</p>
    </article>
  )
}
