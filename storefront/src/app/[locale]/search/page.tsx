import { getTranslations, setRequestLocale } from "next-intl/server"
import { catalogQuerySchema } from "@helder/lighting"
import type { Locale } from "@helder/contract"
import { searchProducts } from "@/lib/data/products"
import { Listing } from "@/modules/catalog/listing"

type Props = {
  params: Promise<{ locale: Locale }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "search" })
  const raw = await searchParams
  const q = catalogQuerySchema.shape.q.safeParse(Array.isArray(raw.q) ? raw.q[0] : raw.q).data
  if (!q) return <h1>{t("prompt")}</h1>
  const products = await searchProducts(q, locale)
  return (
    <>
      <h1>{t("resultsFor", { q })}</h1>
      <Listing products={products} searchParams={raw} locale={locale} path={`/${locale}/search`} />
    </>
  )
}
