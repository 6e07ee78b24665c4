import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@/lib/adapter"
import { getAccountSession } from "@/lib/cookies"
import { retrieveCart } from "@/lib/data/cart"
import { listCategories } from "@/lib/data/categories"

/** Logo, search, cart count, language switch and the category menu. */
export async function Header({ locale }: { locale: Locale }) {
  const [t, categories, cart, session] = await Promise.all([
    getTranslations({ locale, namespace: "nav" }),
    listCategories(locale),
    retrieveCart(),
    getAccountSession(),
  ])
  const count = cart?.items?.reduce((sum, item) => sum + item.quantity, 0) ?? 0
  return (
    <header className="site">
      <div className="container bar">
        <Link href="/" className="logo">Helder<span>.</span></Link>
        <form className="search" action={`/${locale}/search`} method="get" role="search">
          <label htmlFor="q" className="skip">{t("search")}</label>
          <input id="q" name="q" type="search" placeholder={t("searchPlaceholder")} maxLength={100} />
          <button type="submit" className="secondary">{t("search")}</button>
        </form>
        <div className="row">
          <Link href={session ? "/account" : "/account/login"} data-testid="account-link">{session ? t("account") : t("login")}</Link>
          <Link href="/cart" data-testid="cart-link">{t("cart")} ({count})</Link>
          <Link href="/" locale={locale === "nl" ? "en" : "nl"} lang={locale === "nl" ? "en" : "nl"}>{t("language")}</Link>
        </div>
      </div>
      <nav className="container categories" aria-label={t("categories")}>
        {categories.map((category) => (
          <Link key={category.id} href={`/categories/${category.handle}`}>{category.name}</Link>
        ))}
      </nav>
    </header>
  )
}
