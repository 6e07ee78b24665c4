import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ORDER_WINDOW_FIELDS, orderWindow, type WindowOrder } from "../returns/withdrawal-window"

/**
 * An order that still needs its customer's details: not yet delivered, inside its return window, or with a return under
 * way.
 */
export type OpenOrder = {
  id: string
  display_id: number
  reason: "not_delivered" | "return_window" | "return_open"
  until: string | null
}

/**
 * The orders that defer an erasure: the shop still has to deliver, accept a withdrawal or handle a
 * return, and needs the name and address for that. Cancelled orders are closed.
 */
export async function openOrders(scope: MedusaContainer, orderIds: string[], now: Date): Promise<OpenOrder[]> {
  if (!orderIds.length) return []
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", ...ORDER_WINDOW_FIELDS, "returns.status"],
    filters: { id: orderIds },
  })
  return data.flatMap((order): OpenOrder[] => {
    if (order.status === "canceled") return []
    const window = orderWindow(order as WindowOrder, now)
    const base = { id: order.id, display_id: Number(order.display_id) }
    if (!window.deadline) return [{ ...base, reason: "not_delivered", until: null }]
    if (now.getTime() <= new Date(window.deadline).getTime())
      return [{ ...base, reason: "return_window", until: window.deadline }]
    const returnOpen = (order.returns ?? []).some(
      (r: { status?: unknown } | null) => r && ["requested", "partially_received"].includes(String(r.status)),
    )
    return returnOpen ? [{ ...base, reason: "return_open", until: null }] : []
  })
}
