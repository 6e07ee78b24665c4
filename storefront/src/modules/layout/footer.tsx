import { getTranslations } from "next-intl/server"
import { NEWSLETTER_OPT_IN_TEXT, SHOP_INFO_PATHS } from "@helder/schemas"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@helder/contract"
import { ACCESSIBILITY_PATH } from "@/modules/accessibility/statement-page"
import { CookieSettingsButton } from "@/modules/consent/cookie-settings-button"
import { FooterSignup } from "@/modules/newsletter/forms"

/** Shop identity and the privacy promise. */
export async function Footer({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "footer" })
  return (
    <footer className="site">
      <div className="container">
        <p>
          {t("tagline")} · <Link href="/contact">{t("contact")}</Link> ·{" "}
          <Link href="/privacy">{t("privacyPolicy")}</Link> · <Link href="/privacy/request">{t("privacyRequest")}</Link>{" "}
          ·{" "}
          <Link href="/withdraw" data-testid="footer-withdraw">
            {t("withdraw")}
          </Link>{" "}
          ·{" "}
          <Link href={SHOP_INFO_PATHS.terms[locale]} data-testid="footer-terms">
            {t("terms")}
          </Link>{" "}
          ·{" "}
          <Link href={SHOP_INFO_PATHS.delivery[locale]} data-testid="footer-delivery">
            {t("delivery")}
          </Link>{" "}
          ·{" "}
          <Link href={SHOP_INFO_PATHS.returns[locale]} data-testid="footer-returns">
            {t("returns")}
          </Link>{" "}
          ·{" "}
          <Link href={SHOP_INFO_PATHS.guarantee[locale]} data-testid="footer-guarantee">
            {t("guarantee")}
          </Link>{" "}
          · <Link href={ACCESSIBILITY_PATH[locale]}>{t("accessibility")}</Link> ·{" "}
          <Link href="/cookies">{t("cookiePolicy")}</Link> · <CookieSettingsButton label={t("cookieSettings")} />
        </p>
        <p data-promise-scope="footer" data-promise="P-no-tracking-without-consent">
          {t("privacy")}
        </p>
        <FooterSignup locale={locale} optInText={NEWSLETTER_OPT_IN_TEXT[locale]} />
      </div>
    </footer>
  )
}
