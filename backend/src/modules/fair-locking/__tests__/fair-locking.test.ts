import { randomBytes } from "node:crypto"
import Redis from "ioredis"
import type { Logger } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import FairRedisLockingProvider from "../service"

/** The Redis the tests use (npm test starts one when none runs here); the locks' keys are the test's own. */
const REDIS_URL = process.env.RETENTION_TEST_REDIS_URL || "redis://127.0.0.1:6379/9"

const clients: Redis[] = []
const warnings: string[] = []
const logger: Pick<Logger, "warn"> = { warn: (line: string) => void warnings.push(line) }

/** A provider as one backend process has it: its own Redis connection, Medusa's 30 s wait unless told. */
function provider(waitLockingTimeout = 30, prefix = `helder-test-lock:${randomBytes(4).toString("hex")}:`) {
  const redisClient = new Redis(REDIS_URL)
  clients.push(redisClient)
  return new FairRedisLockingProvider({ redisClient, prefix, logger } as never, { waitLockingTimeout })
}

afterAll(() => {
  for (const client of clients) client.disconnect()
})

describe("fair Redis locking", () => {
  it("gives one process's callers the lock in the order they asked for it", async () => {
    const locking = provider(2)
    const served: number[] = []
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        locking.execute("iitem_one", async () => {
          served.push(i)
          await new Promise((resolve) => setImmediate(resolve))
        }),
      ),
    )
    expect(served).toEqual(Array.from({ length: 20 }, (_, i) => i))
  })

  it("never leaves two callers holding one key each while waiting for the other's", async () => {
    const locking = provider(5)
    const order: string[] = []
    const job = (name: string) => async () => {
      order.push(name)
      await new Promise((resolve) => setImmediate(resolve))
    }
    await Promise.all([
      locking.execute(["iitem_a", "iitem_b"], job("first")),
      locking.execute(["iitem_b", "iitem_a"], job("second")),
    ])
    expect(order).toEqual(["first", "second"])
  })

  it("takes several keys in Redis one at a time, in sorted order, so two processes cannot hold one each of the same two", async () => {
    // Medusa's provider asks for several keys at once; what reaches it from here is one key per call.
    class Recording extends FairRedisLockingProvider {
      asked: string[][] = []
      constructor(...args: ConstructorParameters<typeof FairRedisLockingProvider>) {
        super(...args)
        const inner = this.redis
        this.redis = Object.assign(Object.create(inner), {
          execute: (keys: string[], job: () => Promise<unknown>, options: object) => {
            this.asked.push(keys)
            return inner.execute(keys, job, options)
          },
        })
      }
    }
    const redisClient = new Redis(REDIS_URL)
    clients.push(redisClient)
    const locking = new Recording(
      {
        redisClient,
        prefix: `helder-test-lock:${randomBytes(4).toString("hex")}:`,
        logger,
      } as never,
      { waitLockingTimeout: 5 },
    )
    expect(await locking.execute(["iitem_c", "iitem_a", "iitem_b"], async () => "held")).toBe("held")
    expect(locking.asked).toEqual([["iitem_a"], ["iitem_b"], ["iitem_c"]])
  })

  it("answers Medusa's 409 when the wait runs out, and logs the keys it waited for", async () => {
    const locking = provider(1)
    // Another process holds the key (Medusa's own provider on the same Redis and prefix).
    await locking.acquire("iitem_busy", { ownerId: "other-process", expire: 30 })
    try {
      const error = await locking.execute("iitem_busy", async () => "never").catch((e: MedusaError) => e)
      expect(error).toBeInstanceOf(MedusaError)
      expect([(error as MedusaError).type, (error as MedusaError).message]).toEqual([
        MedusaError.Types.CONFLICT,
        "Timed-out acquiring lock.",
      ])
      expect(warnings.some((line) => line.includes("iitem_busy") && line.startsWith("lock wait gave up"))).toBe(true)
    } finally {
      await locking.release("iitem_busy", { ownerId: "other-process" })
    }
    expect(await locking.execute("iitem_busy", async () => "free again")).toBe("free again")
  })
})
