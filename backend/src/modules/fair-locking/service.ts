import type { ILockingProvider, Logger } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import redisLocking from "@medusajs/medusa/locking-redis"

type Options = { waitLockingTimeout?: number; [option: string]: unknown }
type RedisProvider = new (dependencies: object, options: Options) => ILockingProvider
const RedisLockingProvider = redisLocking.services[0] as RedisProvider

/** Medusa's answer when a lock is not had in time: a 409 the caller may retry. */
const TIMED_OUT = "Timed-out acquiring lock."

/**
 * Medusa's Redis locking with a queue per key inside each process, and a log line naming the keys when a
 * wait gives up. Medusa's provider lets every waiter poll Redis, backing off to a second: whoever polls
 * first after a release wins, so the longest waiters, who poll least often, lose to newcomers. With 50
 * shoppers completing at once, some waited out the 30 s on one inventory item's lock and got a 409
 * (BENCHMARKS.md, issue 8). Here the callers of a process take their turn in the order they came; only the
 * first in line polls Redis, against the first of each other process. Keys are taken one by one in sorted
 * order, so two callers, in one process or two, asking for the same keys cannot hold one each and wait.
 */
export default class FairRedisLockingProvider implements ILockingProvider {
  static identifier = "locking-redis-fair"
  protected redis: ILockingProvider
  protected logger?: Logger
  protected waitSeconds: number
  /** Per key, what the next caller in this process waits for: everyone in line before it. */
  protected lines = new Map<string, Promise<void>>()

  constructor(dependencies: { logger?: Logger }, options: Options) {
    this.redis = new RedisLockingProvider(dependencies, options)
    this.logger = dependencies.logger
    this.waitSeconds = Number(options?.waitLockingTimeout ?? 5)
  }

  /** Joins the line of every key at once; `ready` settles when this caller is first in all of them. */
  protected join(keys: string[]) {
    let leave = () => {}
    const mine = new Promise<void>((resolve) => (leave = resolve))
    const ahead = keys.map((key) => {
      const before = this.lines.get(key) ?? Promise.resolve()
      const after = before.then(() => mine)
      this.lines.set(key, after)
      void after.then(() => this.lines.get(key) === after && this.lines.delete(key))
      return before
    })
    return { ready: Promise.all(ahead), leave }
  }

  async execute<T>(
    keys: string | string[],
    job: (signal?: AbortSignal) => Promise<T>,
    args?: { timeout?: number; expire?: number },
  ): Promise<T> {
    const sorted = [...new Set(Array.isArray(keys) ? keys : [keys])].sort()
    // As Medusa counts it: at least a second.
    const timeout = Math.max(args?.timeout ?? this.waitSeconds, 1)
    const started = Date.now()
    const { ready, leave } = this.join(sorted)
    let timer: NodeJS.Timeout | undefined
    try {
      const timedOut = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeout * 1000)))
      if (!(await Promise.race([ready.then(() => true as const), timedOut])))
        throw new MedusaError(MedusaError.Types.CONFLICT, TIMED_OUT)
      clearTimeout(timer)
      return await this.holdInOrder(sorted, job, args ?? {}, started + timeout * 1000)
    } catch (error) {
      if ((error as Error).message === TIMED_OUT)
        this.logger?.warn(
          `lock wait gave up after ${Math.round((Date.now() - started) / 1000)} s: ${sorted.join(", ")}`,
        )
      throw error
    } finally {
      clearTimeout(timer)
      leave()
    }
  }

  /**
   * Takes the keys in Redis one at a time, in sorted order, and runs the job holding all of them. Medusa's
   * provider, given several keys, asks for all of them at once, so two processes could each win one key
   * of the same two and wait for the other's until both gave up.
   */
  protected holdInOrder<T>(
    keys: string[],
    job: (signal?: AbortSignal) => Promise<T>,
    args: { timeout?: number; expire?: number },
    deadline: number,
  ): Promise<T> {
    const [first, ...rest] = keys
    const timeout = Math.max(1, (deadline - Date.now()) / 1000)
    return this.redis.execute(
      [first!],
      (signal) => (rest.length ? this.holdInOrder(rest, job, args, deadline) : job(signal)),
      { ...args, timeout },
    )
  }

  acquire(keys: string | string[], args?: { ownerId?: string | null; expire?: number }) {
    return this.redis.acquire(keys, args)
  }

  release(keys: string | string[], args?: { ownerId?: string | null }) {
    return this.redis.release(keys, args)
  }

  releaseAll(args?: { ownerId?: string | null }) {
    return this.redis.releaseAll(args)
  }
}
