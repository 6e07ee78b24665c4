import { NextResponse } from "next/server"
import { getAccountSession } from "@/lib/cookies"
import { countCartItems } from "@/lib/data/cart"

/**
 * GET /api/visitor — what the header shows of this visitor: the cart's item count and whether they are
 * logged in. Pages leave it to the browser, so one page serves every visitor (src/lib/page-cache.cjs).
 */
export async function GET() {
  const [cartItems, session] = await Promise.all([countCartItems(), getAccountSession()])
  return NextResponse.json(
    { cart_items: cartItems, logged_in: session !== null },
    { headers: { "cache-control": "private, no-store" } },
  )
}
