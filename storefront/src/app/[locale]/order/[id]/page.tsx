import { permanentRedirect } from "next/navigation"
import type { Locale } from "@helder/contract"

type Props = { params: Promise<{ locale: Locale }> }

/** The confirmation's old address named the order; the cookie already proves which one, so it moved to /order. */
export default async function OldOrderConfirmedPage({ params }: Props) {
  const { locale } = await params
  permanentRedirect(`/${locale}/order`)
}
