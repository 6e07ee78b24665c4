import type { ColumnClass } from "./schema-inventory"

/** One family of Redis keys: who writes it, what it holds, and how long a key lives. */
export type RedisKeys = {
  /** A regular expression (source) that matches the whole key name. */
  pattern: string
  owner: string
  /** As a database column's class: data categories of the map, or "none". */
  holds: readonly ColumnClass[]
  /**
   * "ttl": every key expires by itself (the test checks each has a time to live); "until-done": a queue's
   * job or bookkeeping, removed when processed or kept as the queue's own state, and holding no person.
   */
  lifetime: "ttl" | "until-done"
  /** What an erasure does with the keys that hold the person. */
  erasure: string
  /** Keys that exist only while a workflow or a lock runs: a look at the keyspace may find none. */
  transient?: true
}

/**
 * Every key the backend keeps in Redis when REDIS_URL is set (cluster mode), each family classified once.
 * `backend/integration-tests/http/privacy/redis-keyspace.spec.ts` runs a customer's whole life against
 * Redis and fails on a key that matches no family or more than one, on a key of a family that holds
 * "none" but contains the person, on a personal key without a time to live, and on any key that still
 * holds the person after their erasure. The storefront keeps nothing in Redis: it only publishes on the
 * channel "helder:storefront:revalidate" (cache tags, no person).
 */
export const REDIS_KEYSPACE: readonly RedisKeys[] = [
  {
    // Medusa caches query results only where its flows ask: regions, variants, prices, shipping options,
    // and a customer's id and e-mail address when a cart is handed to them (transfer-cart-customer).
    pattern: "^mc:[0-9a-f]{16}$",
    owner: "Medusa's query cache (@medusajs/caching-redis), TTL 10 minutes (medusa-config.ts)",
    holds: ["contact"],
    lifetime: "ttl",
    erasure: "evicted by the erasure, before and after it (workflows/erasure/steps/evict-cached-person.ts)",
  },
  {
    pattern: "^mc:tags?:[0-9a-f]{16}$",
    owner: "Medusa's query cache: its tag indexes (hashes of entity ids and of entry keys)",
    holds: ["none"],
    lifetime: "ttl",
    erasure: "evicted with their entries",
  },
  {
    // The counted value is an HMAC of the e-mail or IP address (lib/rate-limit.ts), never the value itself.
    pattern: "^helder-rl-[a-z-]+:[0-9a-f]{64}$",
    owner: "Helder's attempt limits (backend/src/lib/rate-limit.ts)",
    holds: ["network", "contact"],
    lifetime: "ttl",
    erasure: "expire with their window (at most a day); keyed hashes, not the address",
  },
  {
    pattern: "^RedisEventBusService:events-queue:.+$",
    owner: "Medusa's event bus (@medusajs/event-bus-redis, BullMQ): event names and record ids",
    holds: ["none"],
    lifetime: "until-done",
    erasure: "nothing to erase: ids only, jobs removed when processed",
  },
  {
    pattern: "^staging:[0-9A-Z]{26}$",
    owner: "Medusa's event bus: a workflow's events held back until the workflow succeeds (event names, ids)",
    holds: ["none"],
    lifetime: "ttl",
    erasure: "nothing to erase: ids only, released or dropped when the workflow ends",
    transient: true,
  },
  {
    pattern: "^bull:(medusa-workflows|medusa-workflows-jobs|workflows-cleaner):.+$",
    owner: "Medusa's workflow engine (@medusajs/workflow-engine-redis, BullMQ): scheduled jobs and steps",
    holds: ["none"],
    lifetime: "until-done",
    erasure: "nothing to erase: workflow and job names, ids",
  },
  {
    pattern: "^medusa_lock:.+$",
    owner: "Medusa's locking (fair-locking over @medusajs/locking-redis): one key per locked id",
    holds: ["none"],
    lifetime: "ttl",
    erasure: "nothing to erase: ids, released within seconds",
    transient: true,
  },
]

/** The families a key belongs to (exactly one when the inventory is right). */
export function redisFamiliesOf(key: string): RedisKeys[] {
  return REDIS_KEYSPACE.filter((family) => new RegExp(family.pattern).test(key))
}
