import "server-only"
import { cookies } from "next/headers"
import { config } from "./config"

// Strictly necessary cookies only: the cart and the just-placed order. Both httpOnly so no script reads them.
const CART_COOKIE = "helder_cart"
const ORDER_COOKIE = "helder_order"
const secure = config.STOREFRONT_URL.startsWith("https://")
const base = { httpOnly: true, sameSite: "lax" as const, secure, path: "/" }

/** The visitor's cart id, if they have a cart. */
export async function getCartId(): Promise<string | undefined> {
  return (await cookies()).get(CART_COOKIE)?.value
}

/** Remembers the visitor's cart for 30 days, the guest-cart retention term. */
export async function setCartId(id: string) {
  ;(await cookies()).set(CART_COOKIE, id, { ...base, maxAge: 60 * 60 * 24 * 30 })
}

export async function clearCartId() {
  ;(await cookies()).delete(CART_COOKIE)
}

/** Lets only the browser that placed an order see its confirmation page (for one day). */
export async function setPlacedOrderId(id: string) {
  ;(await cookies()).set(ORDER_COOKIE, id, { ...base, maxAge: 60 * 60 * 24 })
}

export async function getPlacedOrderId(): Promise<string | undefined> {
  return (await cookies()).get(ORDER_COOKIE)?.value
}
