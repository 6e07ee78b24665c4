"use server"

import { revalidatePath } from "next/cache"
import { z } from "zod"
import { addToVisitorCart, setLineQuantity } from "@/lib/data/cart"
import { getCartId } from "@/lib/cookies"
import { StoreApiError } from "@/lib/medusa"

/** The result of a cart action a form shows: a message key and optional detail. */
export type CartActionState = { ok: boolean; error?: string } | null

const addSchema = z.object({
  variant_id: z.string().regex(/^variant_[0-9A-Z]+$/),
  quantity: z.coerce.number().int().min(1).max(99),
})

/** Adds a variant to the cart; form fields are untrusted, the backend checks stock. */
export async function addToCart(_: CartActionState, formData: FormData): Promise<CartActionState> {
  const parsed = addSchema.safeParse({ variant_id: formData.get("variant_id"), quantity: formData.get("quantity") })
  if (!parsed.success) return { ok: false, error: "invalid_quantity" }
  try {
    await addToVisitorCart(parsed.data)
  } catch (error) {
    return { ok: false, error: stockOrGeneric(error) }
  }
  revalidatePath("/[locale]", "layout")
  return { ok: true }
}

const updateSchema = z.object({
  line_id: z.string().regex(/^cali_[0-9A-Z]+$/),
  quantity: z.coerce.number().int().min(0).max(99),
})

/** Changes a line's quantity; 0 removes the line. */
export async function updateLineItem(_: CartActionState, formData: FormData): Promise<CartActionState> {
  const parsed = updateSchema.safeParse({ line_id: formData.get("line_id"), quantity: formData.get("quantity") })
  const cartId = await getCartId()
  if (!parsed.success || !cartId) return { ok: false, error: "invalid_quantity" }
  const { line_id, quantity } = parsed.data
  try {
    await setLineQuantity(cartId, line_id, quantity)
  } catch (error) {
    return { ok: false, error: stockOrGeneric(error) }
  }
  revalidatePath("/[locale]", "layout")
  return { ok: true }
}

function stockOrGeneric(error: unknown): string {
  if (error instanceof StoreApiError && /inventory|stock/i.test(error.message)) return "out_of_stock"
  if (error instanceof StoreApiError && error.status < 500) return "rejected"
  throw error
}
