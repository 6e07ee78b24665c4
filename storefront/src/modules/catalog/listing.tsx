import type { Locale } from "@helder/contract"
import { getTranslations } from "next-intl/server"
import { applyCatalogQuery, catalogQueryToParams, parseCatalogQuery } from "@helder/lighting"
import type { ProductView } from "@/lib/adapter"
import { Filters } from "./filters"
import { ProductGrid } from "./product-card"

type Props = {
  products: ProductView[]
  searchParams: Record<string, string | string[] | undefined>
  locale: Locale
  /** The listing's own path (without query), e.g. /nl/categories/spots. */
  path: string
}

/** Filters, sorts and pages a product list by the URL, and shows it with its filter form. */
export async function Listing({ products, searchParams, locale, path }: Props) {
  const t = await getTranslations({ locale, namespace: "catalog" })
  const { query, error } = parseCatalogQuery(searchParams)
  const result = applyCatalogQuery(products, query)
  const pageHref = (page: number) => {
    const params = catalogQueryToParams({ ...query, page }).toString()
    return params ? `${path}?${params}` : path
  }
  return (
    <div className="listing">
      <Filters query={query} items={products} locale={locale} action={path} />
      <section aria-live="polite">
        {error ? (
          <p className="notice error" role="alert">
            {t("invalidFilter", { detail: error })}
          </p>
        ) : null}
        <div className="toolbar">
          <span data-testid="result-count">{t("results", { count: result.total })}</span>
        </div>
        {result.total === 0 ? (
          <p className="notice">{t("empty")}</p>
        ) : (
          <ProductGrid products={result.items} locale={locale} />
        )}
        {result.pages > 1 ? (
          <nav className="pagination" aria-label={t("page", { page: result.page, pages: result.pages })}>
            {result.page > 1 ? (
              <a href={pageHref(result.page - 1)} rel="prev">
                {t("previous")}
              </a>
            ) : null}
            <span>{t("page", { page: result.page, pages: result.pages })}</span>
            {result.page < result.pages ? (
              <a href={pageHref(result.page + 1)} rel="next">
                {t("next")}
              </a>
            ) : null}
          </nav>
        ) : null}
      </section>
    </div>
  )
}
