import { DEMO_OPERATOR_ENV } from "@helder/privacy"
import type { ConfigModule } from "@medusajs/framework/types"
import { loadConfig } from "./load-config"

function moduleResolves(config: ConfigModule): string[] {
  const modules = config.modules ?? {}
  return Object.values(modules).flatMap((m) =>
    typeof m === "object" && m && "resolve" in m && typeof m.resolve === "string" ? [m.resolve] : [],
  )
}

describe("medusa-config", () => {
  it("uses the in-process defaults without REDIS_URL", () => {
    const config = loadConfig({})
    expect(moduleResolves(config).filter((r) => r.includes("redis"))).toEqual([])
    expect(config.projectConfig.workerMode).toBe("shared")
    // An in-process cache would differ per process; Medusa's query cache stays off.
    expect(config.featureFlags.caching).toBe(false)
  })

  it("moves event bus, workflow engine, locking and caching to Redis with REDIS_URL, switches Medusa's query cache on, and honours the worker mode", () => {
    const config = loadConfig({ REDIS_URL: "redis://localhost:6379", MEDUSA_WORKER_MODE: "worker" })
    expect(moduleResolves(config)).toEqual(
      expect.arrayContaining([
        "@medusajs/medusa/event-bus-redis",
        "@medusajs/medusa/workflow-engine-redis",
        "@medusajs/medusa/locking",
        "@medusajs/medusa/caching",
      ]),
    )
    // Locks live in Redis through fair-locking (Medusa's Redis provider, its waiters queued in order).
    expect(JSON.stringify(config.modules)).toContain('"resolve":"./src/modules/fair-locking","id":"locking-redis"')
    // A burst of completions queues for inventory locks longer than Medusa's default 5 seconds.
    expect(JSON.stringify(config.modules)).toContain('"redisUrl":"redis://localhost:6379","waitLockingTimeout":30')
    expect(JSON.stringify(config.modules)).toContain("@medusajs/caching-redis")
    expect(config.featureFlags.caching).toBe(true)
    expect(config.projectConfig.redisUrl).toBe("redis://localhost:6379")
    expect(config.projectConfig.workerMode).toBe("worker")
    // A worker serves no admin dashboard.
    expect(config.admin.disable).toBe(true)
  })

  it("adds the Stripe provider only when its keys are set, and never weakens cookies unless asked", () => {
    expect(JSON.stringify(loadConfig({}).modules)).not.toContain("payment-stripe")
    const withStripe = loadConfig({ STRIPE_API_KEY: "sk_test_x", STRIPE_WEBHOOK_SECRET: "whsec_x" })
    expect(JSON.stringify(withStripe.modules)).toContain("@medusajs/medusa/payment-stripe")
    expect(loadConfig({}).projectConfig.cookieOptions).toBeUndefined()
    expect(loadConfig({ HELDER_INSECURE_COOKIES: "true" }).projectConfig.cookieOptions).toMatchObject({ secure: false })
  })

  it("points Stripe at STRIPE_API_BASE through Helder's provider, which keeps Medusa's provider id", () => {
    const stripe = {
      STRIPE_API_KEY: "sk_test_x",
      STRIPE_WEBHOOK_SECRET: "whsec_x",
      STRIPE_API_BASE: "http://127.0.0.1:12111",
    }
    const modules = JSON.stringify(loadConfig(stripe).modules)
    expect(modules).toContain('"resolve":"./src/modules/stripe-payment","id":"stripe"')
    expect(modules).toContain('"apiBase":"http://127.0.0.1:12111"')
    expect(() => loadConfig({ ...stripe, STRIPE_API_BASE: "not a url" })).toThrow(/STRIPE_API_BASE/)
    // The secret key goes wherever this points: never a live key, never plain HTTP beyond this machine, no path that
    // would be dropped.
    expect(() => loadConfig({ ...stripe, STRIPE_API_KEY: "sk_live_x" })).toThrow(/not with a live key/)
    expect(() => loadConfig({ ...stripe, STRIPE_API_BASE: "http://stripe-proxy.example.nl" })).toThrow(
      /https, or http only on localhost/,
    )
    expect(() => loadConfig({ ...stripe, STRIPE_API_BASE: "https://proxy.example.nl/stripe" })).toThrow(
      /only scheme, host and port/,
    )
    expect(JSON.stringify(loadConfig({ ...stripe, STRIPE_API_BASE: "https://proxy.example.nl" }).modules)).toContain(
      '"apiBase":"https://proxy.example.nl"',
    )
  })

  it("names the admin session cookie __Host- in production, where Medusa makes it Secure", () => {
    const production = {
      ...DEMO_OPERATOR_ENV,
      NODE_ENV: "production",
      JWT_SECRET: "j".repeat(40),
      COOKIE_SECRET: "c".repeat(40),
    }
    expect(loadConfig(production).projectConfig.sessionOptions?.name).toBe("__Host-helder_admin")
    expect(loadConfig({}).projectConfig.sessionOptions?.name).toBe("helder_admin")
    expect(loadConfig({ ...production, HELDER_INSECURE_COOKIES: "true" }).projectConfig.sessionOptions?.name).toBe(
      "helder_admin",
    )
  })
})
