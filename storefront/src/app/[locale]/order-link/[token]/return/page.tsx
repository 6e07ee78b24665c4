import { setRequestLocale } from "next-intl/server"
import type { Locale } from "@helder/contract"
import { ReturnPage, orderActionMetadata } from "@/modules/returns/pages"

type Props = { params: Promise<{ locale: Locale; token: string }> }

export async function generateMetadata({ params }: Props) {
  const { token } = await params
  return orderActionMetadata({ kind: "link", token })
}

/** See ReturnPage: the order is checked there, so anyone else gets a 404. */
export default async function Page({ params }: Props) {
  const { locale, token } = await params
  setRequestLocale(locale)
  return <ReturnPage target={{ kind: "link", token }} locale={locale} />
}
