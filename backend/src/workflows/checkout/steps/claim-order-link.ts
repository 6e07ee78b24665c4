import type { Knex } from "knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { now } from "../../../lib/clock"

/** How long after completing a cart its browser may ask for the order's link. */
export const ORDER_LINK_CLAIM_MINUTES = 10

/**
 * Marks a completed cart's order link as handed out and returns the order id, or null when the cart
 * was not completed within the last minutes or its link was handed out already. One conditional
 * UPDATE, so two requests racing with the same cart id cannot both win. Not compensated: a link
 * once handed out is never handed out again.
 */
export const claimOrderLinkStep = createStep(
  "claim-order-link",
  async ({ cart_id }: { cart_id: string }, { container }) => {
    const pg: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const at = now()
    const since = new Date(at.getTime() - ORDER_LINK_CLAIM_MINUTES * 60_000)
    const { rows } = await pg.raw<{ rows: { order_id: string }[] }>(
      `UPDATE cart c SET metadata = coalesce(c.metadata, '{}'::jsonb) || jsonb_build_object('order_link_claimed_at', ?::text)
       FROM order_cart oc
      WHERE c.id = ? AND oc.cart_id = c.id AND oc.deleted_at IS NULL
        AND c.completed_at >= ? AND c.metadata->>'order_link_claimed_at' IS NULL
      RETURNING oc.order_id`,
      [at.toISOString(), cart_id, since],
    )
    return new StepResponse(rows[0]?.order_id ?? null)
  },
)
