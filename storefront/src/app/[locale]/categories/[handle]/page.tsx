import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { setRequestLocale } from "next-intl/server"
import type { Locale } from "@helder/contract"
import { getCategory } from "@/lib/data/categories"
import { listCategoryProducts } from "@/lib/data/products"
import { Listing } from "@/modules/catalog/listing"

type Props = {
  params: Promise<{ locale: Locale; handle: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, handle } = await params
  const category = await getCategory(handle, locale)
  // notFound() here, before streaming starts, makes an unknown handle a real 404 status.
  if (!category) notFound()
  return { title: category.name, description: category.description }
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const { locale, handle } = await params
  setRequestLocale(locale)
  const category = await getCategory(handle, locale)
  if (!category) notFound()
  const products = await listCategoryProducts(category.id, locale)
  return (
    <>
      <h1>{category.name}</h1>
      <p className="muted">{category.description}</p>
      <Listing
        products={products}
        searchParams={await searchParams}
        locale={locale}
        path={`/${locale}/categories/${handle}`}
      />
    </>
  )
}
