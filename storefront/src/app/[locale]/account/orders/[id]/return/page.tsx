import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { setRequestLocale } from "next-intl/server"
import type { Locale } from "@/lib/adapter"
import { getOrderView } from "@/lib/data/orders"
import { ReturnPage } from "@/modules/returns/pages"

type Props = { params: Promise<{ locale: Locale; id: string }> }

/** Checked before streaming starts, so an order the visitor may not see is a real 404. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params
  if (!(await getOrderView({ kind: "account", orderId: id }))) notFound()
  return { robots: { index: false, follow: false }, referrer: "same-origin" }
}

/** See ReturnPage: the order is checked there, so anyone else gets a 404. */
export default async function Page({ params }: Props) {
  const { locale, id } = await params
  setRequestLocale(locale)
  return <ReturnPage target={{ kind: "account", orderId: id }} locale={locale} />
}
