import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import Redis from "ioredis"
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible"
import { sign } from "./signature"

let redis: Redis | null | undefined

/** Counters live in Redis when REDIS_URL is set (shared by every process), else in this process. */
function store(): Redis | null {
  if (redis === undefined) {
    redis = process.env.REDIS_URL
      ? new Redis(process.env.REDIS_URL, { enableOfflineQueue: false, lazyConnect: false })
      : null
  }
  return redis
}

/** A named limit: `points` attempts per `duration` seconds per key. */
export function createLimiter(name: string, points: number, duration: number): RateLimiterAbstract {
  const client = store()
  const options = { keyPrefix: `helder-rl-${name}`, points, duration }
  // If Redis is unreachable the limits keep holding per process instead of failing every login.
  return client
    ? new RateLimiterRedis({ ...options, storeClient: client, insuranceLimiter: new RateLimiterMemory(options) })
    : new RateLimiterMemory(options)
}

/** Thrown when a limit is reached; routes turn it into 429 with Retry-After. */
export class RateLimitedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super("rate limited")
  }
}

/**
 * Counts one attempt for each key; throws RateLimitedError when any key is over its limit. Keys name
 * e-mail addresses and IPs, so Redis holds only their keyed hash, never the address itself.
 */
export async function consume(limiter: RateLimiterAbstract, ...keys: string[]) {
  for (const key of keys) {
    try {
      await limiter.consume(sign("rate-limit", key))
    } catch (error) {
      if (error instanceof RateLimiterRes) throw new RateLimitedError(Math.max(1, Math.ceil(error.msBeforeNext / 1000)))
      throw error
    }
  }
}

/** Answers 429 with Retry-After and a message the shopper can act on. */
export function sendRateLimited(res: MedusaResponse, error: RateLimitedError) {
  res.setHeader("Retry-After", String(error.retryAfterSeconds))
  res.status(429).json({
    type: "rate_limited",
    message: `Too many attempts. Try again in ${error.retryAfterSeconds} seconds.`,
    retry_after: error.retryAfterSeconds,
  })
}

/** Middleware: one attempt per request for the key(s) the request maps to. */
export function rateLimit(limiter: RateLimiterAbstract, keys: (req: MedusaRequest) => string[]) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      await consume(limiter, ...keys(req))
      next()
    } catch (error) {
      if (error instanceof RateLimitedError) return sendRateLimited(res, error)
      next(error)
    }
  }
}
