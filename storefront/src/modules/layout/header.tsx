import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@helder/contract"
import { listCategories } from "@/lib/data/categories"
import { VisitorLinks } from "./visitor-links"

/** Logo, search, account and cart links, language switch and the category menu: the same for every visitor. */
export async function Header({ locale }: { locale: Locale }) {
  const [t, categories] = await Promise.all([getTranslations({ locale, namespace: "nav" }), listCategories(locale)])
  return (
    <header className="site">
      <div className="container bar">
        <Link href="/" className="logo">
          Helder<span>.</span>
        </Link>
        <form className="search" action={`/${locale}/search`} method="get" role="search">
          <label htmlFor="q" className="skip">
            {t("search")}
          </label>
          <input id="q" name="q" type="search" placeholder={t("searchPlaceholder")} maxLength={100} />
          <button type="submit" className="secondary">
            {t("search")}
          </button>
        </form>
        <div className="row">
          <VisitorLinks labels={{ account: t("account"), login: t("login"), cart: t("cart") }} />
          <Link href="/" locale={locale === "nl" ? "en" : "nl"} lang={locale === "nl" ? "en" : "nl"}>
            {t("language")}
          </Link>
        </div>
      </div>
      <nav className="container categories" aria-label={t("categories")}>
        {categories.map((category) => (
          <Link key={category.id} href={`/categories/${category.handle}`}>
            {category.name}
          </Link>
        ))}
      </nav>
    </header>
  )
}
