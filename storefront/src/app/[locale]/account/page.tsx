import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@helder/contract"
import { getNewsletterStatus, requireAccount } from "@/lib/data/account"
import { logOut } from "@/modules/account/login-actions"
import { unsubscribeFromAccount } from "@/modules/newsletter/actions"
import { ChangeEmailForm, ChangePasswordForm } from "@/modules/account/password-forms"
import { AccountRequestForm } from "@/modules/data-rights/account-request-form"

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ export?: string }> }

export default async function AccountPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, tn, tr, account, query] = await Promise.all([
    getTranslations({ locale, namespace: "account" }),
    getTranslations({ locale, namespace: "newsletter" }),
    getTranslations({ locale, namespace: "dataRights" }),
    requireAccount(locale),
    searchParams,
  ])
  const newsletter = await getNewsletterStatus()
  const address = account.addresses?.find((a) => a.is_default_shipping) ?? account.addresses?.[0]
  return (
    <section className="stack" data-testid="account-overview">
      <h1>{t("overviewTitle")}</h1>
      <h2>{t("profile")}</h2>
      <dl>
        <dt>
          {t("firstName")} / {t("lastName")}
        </dt>
        <dd>
          {account.first_name} {account.last_name}
        </dd>
        <dt>{t("email")}</dt>
        <dd>{account.email}</dd>
        <dt>{t("phone")}</dt>
        <dd>{account.phone}</dd>
        {account.birth_date ? (
          <>
            <dt>{t("birthDate")}</dt>
            <dd>{account.birth_date}</dd>
          </>
        ) : null}
      </dl>
      {address ? (
        <>
          <h2>{t("address")}</h2>
          <address>
            {address.address_1}
            <br />
            {address.postal_code} {address.city}
            <br />
            {t(`countries.${address.country_code === "be" ? "be" : "nl"}`)}
          </address>
        </>
      ) : null}
      <nav className="row" aria-label={t("overviewTitle")}>
        <Link href="/account/profile">{t("profileTitle")}</Link>
        <Link href="/account/addresses">{t("addressesTitle")}</Link>
        <Link href="/account/orders">{t("ordersTitle")}</Link>
        <Link href="/account/consents">{t("consentsTitle")}</Link>
      </nav>
      <h2>{tn("title")}</h2>
      <p data-testid="newsletter-status">
        {tn(
          `status.${newsletter === "pending" || newsletter === "confirmed" || newsletter === "unsubscribed" ? newsletter : "none"}`,
        )}
      </p>
      {newsletter === "pending" || newsletter === "confirmed" ? (
        <form action={unsubscribeFromAccount}>
          <button type="submit" className="secondary">
            {tn("unsubscribe")}
          </button>
        </form>
      ) : null}
      <section className="stack" id="data-rights" data-testid="data-rights">
        <h2>{tr("title")}</h2>
        {query.export === "limited" ? <p role="alert">{tr("exportLimited")}</p> : null}
        <div className="stack" data-promise-scope="account">
          <p data-promise="P-right-access">{tr("exportText")}</p>
          <p data-promise="P-right-access">
            <a className="button" href={`/${locale}/account/data-export`} download data-testid="data-export">
              {tr("exportButton")}
            </a>
          </p>
          <p data-promise="P-right-erase">
            <Link href="/account/delete">{tr("deleteLink")}</Link>
          </p>
          <h3>{tr("account.title")}</h3>
          <p data-promise="P-right-identity">{tr("account.intro")}</p>
          <p data-promise="P-right-restrict">{tr("request.rightsRestrict")}</p>
          <p data-promise="P-right-object">{tr("request.rightsObject")}</p>
          <AccountRequestForm locale={locale} />
        </div>
      </section>
      <h2>{t("changeEmailTitle")}</h2>
      <ChangeEmailForm locale={locale} />
      <h2>{t("changePasswordTitle")}</h2>
      <ChangePasswordForm locale={locale} />
      <form action={logOut}>
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="secondary">
          {t("logout")}
        </button>
      </form>
    </section>
  )
}
