import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { STORE_FIELDS } from "@helder/schemas"
import { clearCartId, getCartId, setCartId, setPlacedOrderLink } from "../cookies"
import { createOrderLink } from "./orders"
import { StoreApiError, storeFetch } from "../medusa"
import { getRegion } from "./regions"

type CartResponse = { cart: HttpTypes.StoreCart }

/** The visitor's open cart with these fields, or null when they have none (or it was completed or removed). */
async function openCart(fields: string): Promise<HttpTypes.StoreCart | null> {
  const id = await getCartId()
  if (!id) return null
  try {
    const { cart } = await storeFetch<CartResponse>(`/store/carts/${id}`, { query: { fields } })
    return cart.completed_at ? null : cart
  } catch (error) {
    if (error instanceof StoreApiError && error.status === 404) return null
    throw error
  }
}

/**
 * What the cart and checkout actions read of the cart: no totals, which Medusa would compute for
 * nothing (the pages read the whole cart with STORE_FIELDS.cart). The surface table allows these as
 * part of the cart and count lists.
 */
const CART_FIELDS_FOR_ACTIONS = "id,region_id,metadata,completed_at,items.id"

/** The visitor's cart as the actions need it (id, region, metadata, line ids), or null when they have none. */
export function retrieveCartForAction(): Promise<HttpTypes.StoreCart | null> {
  return openCart(CART_FIELDS_FOR_ACTIONS)
}

/** The visitor's cart, or null when they have none (or it was completed or removed). */
export function retrieveCart(): Promise<HttpTypes.StoreCart | null> {
  return openCart(STORE_FIELDS.cart)
}

/** How many items the visitor's cart holds (0 without a cart), for the header: only the quantities are asked for. */
export async function countCartItems(): Promise<number> {
  const cart = await openCart(STORE_FIELDS.cartCount)
  return (cart?.items ?? []).reduce((sum, item) => sum + item.quantity, 0)
}

/**
 * Adds a variant to the visitor's cart; the backend checks stock. A visitor without a cart gets one
 * (for the Netherlands) made with the line in the same call: one cart workflow instead of two.
 */
export async function addToVisitorCart(line: { variant_id: string; quantity: number }): Promise<void> {
  const existing = await openCart(CART_FIELDS_FOR_ACTIONS)
  if (existing) return addLineItem(existing.id, line)
  const region = await getRegion("nl")
  const { cart } = await storeFetch<CartResponse>("/store/carts", {
    method: "POST",
    body: { region_id: region.id, items: [line] },
  })
  await setCartId(cart.id)
}

/** After checkout: the cart is done, and this browser keeps the new order's link for its confirmation page. */
export async function finishCart(cartId: string) {
  const token = await createOrderLink(cartId)
  await clearCartId()
  await setPlacedOrderLink(token)
}

/** Adds a variant to a cart; the backend checks stock. */
export async function addLineItem(cartId: string, line: { variant_id: string; quantity: number }): Promise<void> {
  await storeFetch(`/store/carts/${cartId}/line-items`, { method: "POST", body: line })
}

/** Sets a cart line's quantity; 0 removes the line. */
export async function setLineQuantity(cartId: string, lineId: string, quantity: number): Promise<void> {
  if (quantity === 0) await storeFetch(`/store/carts/${cartId}/line-items/${lineId}`, { method: "DELETE" })
  else await storeFetch(`/store/carts/${cartId}/line-items/${lineId}`, { method: "POST", body: { quantity } })
}
