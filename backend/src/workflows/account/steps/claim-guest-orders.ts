import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { addressSince } from "../../../personal-data/data-subject"

/**
 * Moves the orders placed as a guest with the customer's (now verified) e-mail address into the
 * account's order history; proving the address is what entitles the account to see them. Orders from
 * before another account gave the address up stay where they are: they are that account's.
 */
export const claimGuestOrdersStep = createStep(
  "claim-guest-orders",
  async (customerId: string, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: customers } = await query.graph({
      entity: "customer",
      fields: ["id", "email"],
      filters: { id: customerId },
    })
    const email = customers[0]?.email
    if (!email) return new StepResponse([], [])
    const { data: guests } = await query.graph({
      entity: "customer",
      fields: ["id"],
      filters: { email, has_account: false },
    })
    if (guests.length === 0) return new StepResponse([], [])
    const since = await addressSince(container, email, customerId)
    const placed = { customer_id: guests.map((g) => g.id), ...(since ? { created_at: { $gt: since } } : {}) }
    const orders = await container.resolve(Modules.ORDER).listOrders(placed, { select: ["id", "customer_id"] })
    const previous = orders.map((order) => ({ id: order.id, customer_id: order.customer_id }))
    if (orders.length > 0) {
      await container
        .resolve(Modules.ORDER)
        .updateOrders(orders.map((order) => ({ id: order.id, customer_id: customerId })))
    }
    return new StepResponse(
      previous.map((o) => o.id),
      previous,
    )
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await container
      .resolve(Modules.ORDER)
      .updateOrders(previous.map((o) => ({ id: o.id, customer_id: o.customer_id ?? undefined })))
  },
)
