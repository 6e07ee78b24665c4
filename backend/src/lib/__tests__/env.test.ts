import { readBackendEnv } from "../env"

const base = { DATABASE_URL: "postgres://localhost/helder" }
const strong = "x".repeat(40)

describe("readBackendEnv", () => {
  it("applies defaults for a local run", () => {
    const env = readBackendEnv(base)
    expect(env).toMatchObject({ NODE_ENV: "development", MEDUSA_WORKER_MODE: "shared", HELDER_INSECURE_COOKIES: false })
    expect(env.REDIS_URL).toBeUndefined()
  })

  it("refuses production with missing, short or well-known secrets and names each", () => {
    expect(() => readBackendEnv({ ...base, NODE_ENV: "production" })).toThrow(/JWT_SECRET[\s\S]*COOKIE_SECRET/)
    expect(() => readBackendEnv({ ...base, NODE_ENV: "production", JWT_SECRET: "supersecret", COOKIE_SECRET: strong })).toThrow(/JWT_SECRET/)
    expect(() => readBackendEnv({ ...base, NODE_ENV: "production", JWT_SECRET: strong, COOKIE_SECRET: "short" })).toThrow(/COOKIE_SECRET/)
  })

  it("accepts production with strong secrets and the seller's registration numbers", () => {
    const production = { ...base, NODE_ENV: "production", JWT_SECRET: strong, COOKIE_SECRET: strong }
    expect(readBackendEnv({ ...production, SELLER_KVK: "12345678", SELLER_VAT_NUMBER: "NL123456789B01" }).NODE_ENV).toBe("production")
  })

  it("refuses production without the KVK and VAT numbers every invoice must carry", () => {
    const production = { ...base, NODE_ENV: "production", JWT_SECRET: strong, COOKIE_SECRET: strong }
    expect(() => readBackendEnv(production)).toThrow(/SELLER_KVK[\s\S]*SELLER_VAT_NUMBER/)
    expect(() => readBackendEnv({ ...production, SELLER_KVK: "1234", SELLER_VAT_NUMBER: "NL123456789B01" })).toThrow(/SELLER_KVK: a KVK number has 8 digits/)
  })

  it("treats empty variables as unset", () => {
    expect(readBackendEnv({ ...base, STRIPE_API_KEY: "", STRIPE_WEBHOOK_SECRET: "", REDIS_URL: "" }).STRIPE_API_KEY).toBeUndefined()
  })

  it("requires a database and the Stripe keys together", () => {
    expect(() => readBackendEnv({})).toThrow(/DATABASE_URL/)
    expect(readBackendEnv({ NODE_ENV: "test" }).DATABASE_URL).toBeUndefined()
    expect(readBackendEnv({}, { building: true }).DATABASE_URL).toBeUndefined()
    expect(() => readBackendEnv({ ...base, STRIPE_API_KEY: "sk_test_1" })).toThrow(/STRIPE_WEBHOOK_SECRET/)
    expect(() => readBackendEnv({ ...base, MEDUSA_WORKER_MODE: "both" })).toThrow(/MEDUSA_WORKER_MODE/)
  })
})
