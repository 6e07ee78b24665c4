import type { ICachingModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type EvictCachedPersonInput = { customer_ids: string[]; emails: string[]; order_ids: string[] }

/**
 * Drops every entry of Medusa's query cache (Redis, with REDIS_URL) that holds the person: their account,
 * the customer rows Medusa keeps for their guest checkouts (its cart flows cache customers by id and by
 * e-mail), and their orders. The erasure changes these in SQL, which emits none of the events that would
 * evict them, so the cache would keep them, e-mail included, for up to its TTL. Entries are tagged with
 * every entity they contain, so those that merely include the customer go too, and only those.
 *
 * Run before the erasure, while the addresses still find the guest rows (it returns their ids), and again
 * after it with those ids, for anything a request cached in between. No compensation: an evicted entry
 * is read from the database again when needed.
 */
export const evictCachedPersonStep = createStep(
  "evict-cached-person",
  async (input: EvictCachedPersonInput, { container }) => new StepResponse(await evictCachedPerson(input, container)),
)

/**
 * The second eviction, after the erasure has committed: the cache failing then (Redis briefly away) must not
 * stop the residue scan, the record and the receipt of an erasure that happened. Its entries expire with
 * the cache's TTL; the failure is logged without the person.
 */
export const evictCachedPersonAfterStep = createStep(
  "evict-cached-person-after",
  async (input: EvictCachedPersonInput, { container }) => {
    try {
      return new StepResponse(await evictCachedPerson(input, container))
    } catch (error) {
      const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
      logger.warn(`erasure: the query cache could not be emptied after the erasure (${(error as Error).name})`)
      return new StepResponse({ customer_ids: input.customer_ids })
    }
  },
)

async function evictCachedPerson(
  { customer_ids, emails, order_ids }: EvictCachedPersonInput,
  container: MedusaContainer,
): Promise<{ customer_ids: string[] }> {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const ids = new Set(customer_ids)
  const lowered = emails.map((email) => email.toLowerCase())
  if (lowered.length) {
    const { rows } = await pg.raw(`select id from customer where lower(email) = any(?)`, [lowered])
    for (const row of rows as { id: string }[]) ids.add(row.id)
  }
  if (order_ids.length) {
    const { rows } = await pg.raw(`select customer_id from "order" where id = any(?)`, [order_ids])
    for (const row of rows as { customer_id: string | null }[]) if (row.customer_id) ids.add(row.customer_id)
  }
  const found = { customer_ids: [...ids] }
  // Without Redis the module is not loaded (its key may still be registered, as undefined).
  const caching = container.resolve<ICachingModuleService | undefined>(Modules.CACHING, { allowUnregistered: true })
  if (!caching) return found
  const entities = [
    ...found.customer_ids.map((id) => ({ type: "Customer", id })),
    ...order_ids.map((id) => ({ type: "Order", id })),
  ]
  if (entities.length === 0) return found
  // Each entry is tagged with every entity in it, so the entities' own tags find all that hold the person;
  // "erased" is no list-changing operation, so cached lists without them (other customers) stay.
  await caching.clear({ tags: await caching.computeTags({}, { entities, operation: "erased" }) })
  return found
}
