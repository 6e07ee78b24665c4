import { NextResponse, type NextRequest } from "next/server"
import { localeOr } from "@helder/contract"
import { finishCart, retrieveCartForAction } from "@/lib/data/cart"
import { completeCart } from "@/lib/data/checkout"

/**
 * Where Stripe sends the shopper back after a redirecting payment method (iDEAL, Bancontact).
 * Completing is idempotent and the backend checks the payment with Stripe, so a reload is harmless.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  const safeLocale = localeOr(locale)
  const cart = await retrieveCartForAction()
  const result = cart ? await completeCart(cart.id).catch(() => null) : null
  if (!result || result.type !== "order") {
    return NextResponse.redirect(new URL(`/${safeLocale}/checkout?payment=failed`, request.url))
  }
  await finishCart(cart!.id)
  return NextResponse.redirect(new URL(`/${safeLocale}/order`, request.url))
}
