import { useTranslations } from "next-intl"
import { SHOP_INFO_PATHS } from "@helder/schemas/browser"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@helder/contract"

/**
 * The notice on the legal guarantee of conformity (Directive 2011/83 art. 6(1)(l) and 22a, from
 * Directive 2024/825): at least two years, what it covers, that the seller answers for it, and the law.
 * The official design and words (Implementing Regulation (EU) 2025/1960, Annex I) were not at hand when
 * this was written: this carries the content the directive requires, and should take their form.
 * Not async, so the checkout's client form can show it as well as the server-rendered product page.
 */
export function GuaranteeNotice({ locale }: { locale: Locale }) {
  const t = useTranslations("guaranteeNotice")
  return (
    <section className="guarantee-notice" data-testid="guarantee-notice" aria-labelledby="guarantee-notice-title">
      <p className="guarantee-notice-title" id="guarantee-notice-title">
        <strong>{t("title")}</strong> <span className="guarantee-notice-years">{t("years")}</span>
      </p>
      <p>{t("body")}</p>
      <p className="muted">
        {t("law")} <Link href={SHOP_INFO_PATHS.guarantee[locale]}>{t("more")}</Link>
      </p>
    </section>
  )
}
