import { randomUUID } from "node:crypto"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { WindowItem, WindowOrder } from "../../returns/withdrawal-window"

/** The order fields the return and withdrawal mails need, beside the window's. */
export const RETURN_ORDER_FIELDS = [
  "id",
  "display_id",
  "email",
  "created_at",
  "items.product_title",
  "items.variant_title",
]

export type ReturnOrder = Omit<WindowOrder, "items"> & {
  id: string
  display_id: number | string
  email?: string | null
  created_at: string | Date
  items?: ((WindowItem & { product_title?: string | null; variant_title?: string | null }) | null)[] | null
}

/** "2 × Hanglamp Nova — Messing", one line per item, as mails and statements list them. */
export function itemList(order: ReturnOrder, items: { id: string; quantity: number }[]): string {
  const titles = new Map(
    (order.items ?? []).flatMap((i) =>
      i ? [[i.id, [i.product_title, i.variant_title].filter(Boolean).join(" — ")] as const] : [],
    ),
  )
  return items.map((item) => `${item.quantity} × ${titles.get(item.id) ?? item.id}`).join("\n")
}

/**
 * Returns and withdrawals of one order take this lock (Medusa's locking, Redis when configured), so two sent at the
 * same instant cannot both pass the quantity check; the second waits and sees what the first took. The owner is the
 * run's own: a run whose lease ran out cannot, releasing late, free the lock the next run took.
 */
export const orderReturnsLock = (orderId: string, ownerId: string) => ({
  key: `order-returns:${orderId}`,
  ownerId,
  timeout: 30,
  ttl: 120,
})

/** A lock owner id for this run alone, kept with the run so its release names the same owner. */
export const returnsLockOwnerStep = createStep("returns-lock-owner", async () => new StepResponse(randomUUID()))
