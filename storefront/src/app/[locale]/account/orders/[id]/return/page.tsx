import { setRequestLocale } from "next-intl/server"
import type { Locale } from "@helder/contract"
import { ReturnPage, orderActionMetadata } from "@/modules/returns/pages"

type Props = { params: Promise<{ locale: Locale; id: string }> }

export async function generateMetadata({ params }: Props) {
  const { id } = await params
  return orderActionMetadata({ kind: "account", orderId: id })
}

/** See ReturnPage: the order is checked there, so anyone else gets a 404. */
export default async function Page({ params }: Props) {
  const { locale, id } = await params
  setRequestLocale(locale)
  return <ReturnPage target={{ kind: "account", orderId: id }} locale={locale} />
}
