import type { Knex } from "knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * The orders the nightly retention run still has to anonymise, by the moment they were placed: the order purger
 * (personal-data/retention-purgers.ts) looks only at orders placed before the cutoff whose e-mail is still there,
 * and once the older orders are anonymised this index holds only the recent ones (BENCHMARKS.md, "A million
 * orders"). A migration script for the reason order-indexes.ts gives.
 */
export default async function orderRetentionIndex({ container }: { container: MedusaContainer }) {
  const pg: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  await pg.raw(
    `create index if not exists "IDX_order_unanonymised_created_at_helder" on "order" (created_at) where email is not null`,
  )
}
