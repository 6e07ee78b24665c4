import type { Knex } from "knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * A person's orders by their e-mail address, in any case: the admin order list's search by a whole address
 * (api/admin/orders/middlewares.ts) reads it instead of scanning every order. A migration script for the reason
 * order-indexes.ts gives.
 */
export default async function orderEmailIndex({ container }: { container: MedusaContainer }) {
  const pg: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  await pg.raw(
    `create index if not exists "IDX_order_email_lower_helder" on "order" (lower(email)) where deleted_at is null`,
  )
}
