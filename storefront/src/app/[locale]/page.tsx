import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Locale } from "@helder/contract"
import { listCategories } from "@/lib/data/categories"
import { listNewProducts } from "@/lib/data/products"
import { ProductGrid } from "@/modules/catalog/product-card"

export default async function HomePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, categories, products] = await Promise.all([
    getTranslations({ locale, namespace: "home" }),
    listCategories(locale),
    listNewProducts(locale),
  ])
  return (
    <>
      <section className="hero">
        <h1>{t("hero")}</h1>
        <p>{t("intro")}</p>
      </section>
      <h2>{t("categories")}</h2>
      <div className="grid">
        {categories.map((category) => (
          <Link key={category.id} href={`/categories/${category.handle}`} className="card">
            {category.image ? <img src={category.image} alt="" width={400} height={400} /> : null}
            <div className="body">
              <span className="title">{category.name}</span>
            </div>
          </Link>
        ))}
      </div>
      <h2>{t("new")}</h2>
      <ProductGrid products={products} locale={locale} />
    </>
  )
}
