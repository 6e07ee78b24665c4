import { setRequestLocale } from "next-intl/server"
import type { Locale } from "@helder/contract"
import { statementFromQuery } from "@/lib/data/orders"
import { WithdrawPage, orderActionMetadata } from "@/modules/returns/pages"

type Props = {
  params: Promise<{ locale: Locale; token: string }>
  /** `statement`: the signed moment the public withdrawal function mailed this link for. */
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params, searchParams }: Props) {
  const [{ token }, { statement }] = await Promise.all([params, searchParams])
  return orderActionMetadata({ kind: "link", token, statement: statementFromQuery(statement) })
}

/**
 * See WithdrawPage: the order is checked there, so anyone else gets a 404. The statement goes with every
 * call, so a statement sent in time is confirmed in time (art. 11(2) of Directive 2011/83).
 */
export default async function Page({ params, searchParams }: Props) {
  const [{ locale, token }, { statement }] = await Promise.all([params, searchParams])
  setRequestLocale(locale)
  return <WithdrawPage target={{ kind: "link", token, statement: statementFromQuery(statement) }} locale={locale} />
}
