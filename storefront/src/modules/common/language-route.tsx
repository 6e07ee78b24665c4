import type { Metadata } from "next"
import type { ReactNode } from "react"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import type { Locale } from "@helder/contract"

type Props = { params: Promise<{ locale: Locale }> }

/**
 * A page that has its own address in each language (/nl/privacy/bewijs, /en/privacy/proof): the route
 * for one language, whose title is `namespace.titleKey`; the other language's address answers 404.
 */
export function languageRoute(
  only: Locale,
  namespace: string,
  titleKey: string,
  render: (locale: Locale) => Promise<ReactNode>,
) {
  return {
    async generateMetadata({ params }: Props): Promise<Metadata> {
      const { locale } = await params
      const t = await getTranslations({ locale, namespace })
      return { title: t(titleKey) }
    },
    async Page({ params }: Props) {
      const { locale } = await params
      if (locale !== only) notFound()
      setRequestLocale(locale)
      return render(locale)
    },
  }
}
