import type { Knex } from "knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * A person's orders by their e-mail address, in any case: the admin order list's search by a whole address
 * (api/admin/orders/middlewares.ts) and the retention run's last sign of life of an account (guest orders under its
 * address, personal-data/inactive-accounts.ts) read it instead of scanning every order. Not partial, so that both
 * queries can use it (the second does not filter on deleted_at). A migration script for the reason order-indexes.ts
 * gives.
 */
export default async function orderEmailIndex({ container }: { container: MedusaContainer }) {
  const pg: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  await pg.raw(`create index if not exists "IDX_order_email_lower_helder" on "order" (lower(email))`)
  // An expression index has no statistics until the table is analysed: without them the planner guessed 5 747 orders
  // per address at a million orders and walked the created_at index instead (BENCHMARKS.md, "A million orders").
  await pg.raw(`analyze "order"`)
}
