import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { setRequestLocale } from "next-intl/server"
import type { Locale } from "@/lib/adapter"
import { getOrderView } from "@/lib/data/orders"
import { WithdrawPage } from "@/modules/returns/pages"

type Props = { params: Promise<{ locale: Locale; token: string }> }

/** Checked before streaming starts, so an order the visitor may not see is a real 404. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { token } = await params
  if (!(await getOrderView({ kind: "link", token }))) notFound()
  return { robots: { index: false, follow: false }, referrer: "same-origin" }
}

/** See WithdrawPage: the order is checked there, so anyone else gets a 404. */
export default async function Page({ params }: Props) {
  const { locale, token } = await params
  setRequestLocale(locale)
  return <WithdrawPage target={{ kind: "link", token }} locale={locale} />
}
