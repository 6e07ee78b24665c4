import { PRODUCTION_REQUIRED } from "@helder/privacy"
import { readBackendEnv } from "../env"

const base = { DATABASE_URL: "postgres://localhost/helder" }
const strong = "x".repeat(40)
/** A real operator's settings (not the demo operator's). */
const OPERATOR = {
  SELLER_NAME: "Lampenhuis Zwolle B.V.",
  SELLER_STREET: "Diezerstraat 10",
  SELLER_POSTCODE_CITY: "8011 RH Zwolle",
  SELLER_EMAIL: "info@lampenhuis.example",
  SELLER_PHONE: "038 123 4567",
  SELLER_KVK: "87654321",
  SELLER_VAT_NUMBER: "NL123456789B01",
  PRIVACY_HOSTING_PARTY: "Hosting B.V.",
  PRIVACY_HOSTING_LOCATION: "NL",
  PRIVACY_MAIL_PARTY: "Mail B.V.",
  PRIVACY_MAIL_LOCATION: "EU",
  SHIPPING_CARRIERS: "PostNL",
}

describe("readBackendEnv", () => {
  it("applies defaults for a local run", () => {
    const env = readBackendEnv(base)
    expect(env).toMatchObject({ NODE_ENV: "development", MEDUSA_WORKER_MODE: "shared", HELDER_INSECURE_COOKIES: false })
    expect(env.REDIS_URL).toBeUndefined()
  })

  it("refuses production with missing, short or well-known secrets and names each", () => {
    expect(() => readBackendEnv({ ...base, NODE_ENV: "production" })).toThrow(/JWT_SECRET[\s\S]*COOKIE_SECRET/)
    expect(() =>
      readBackendEnv({ ...base, NODE_ENV: "production", JWT_SECRET: "supersecret", COOKIE_SECRET: strong }),
    ).toThrow(/JWT_SECRET/)
    expect(() =>
      readBackendEnv({ ...base, NODE_ENV: "production", JWT_SECRET: strong, COOKIE_SECRET: "short" }),
    ).toThrow(/COOKIE_SECRET/)
  })

  it("accepts production with strong secrets and every value of the operator's own", () => {
    const production = { ...base, NODE_ENV: "production", JWT_SECRET: strong, COOKIE_SECRET: strong, ...OPERATOR }
    expect(readBackendEnv(production).NODE_ENV).toBe("production")
  })

  it("[P-controller] [P-recipients] refuses production without the seller's name, address, e-mail and phone, the hosting, the mail provider and the carriers the policy names", () => {
    const production = { ...base, NODE_ENV: "production", JWT_SECRET: strong, COOKIE_SECRET: strong, ...OPERATOR }
    for (const key of PRODUCTION_REQUIRED) {
      const { [key]: _left, ...without } = production
      expect(() => readBackendEnv(without)).toThrow(new RegExp(`${key}: must be set in production`))
      expect(() => readBackendEnv({ ...without, [key]: "  " })).toThrow(new RegExp(key))
    }
    // Building an image is not running one: no operator values needed there.
    expect(
      readBackendEnv({ NODE_ENV: "production", JWT_SECRET: strong, COOKIE_SECRET: strong }, { building: true })
        .NODE_ENV,
    ).toBe("production")
  })

  it("refuses production without the KVK and VAT numbers every invoice must carry", () => {
    const production = {
      ...base,
      NODE_ENV: "production",
      JWT_SECRET: strong,
      COOKIE_SECRET: strong,
      ...OPERATOR,
      SELLER_KVK: "",
      SELLER_VAT_NUMBER: "",
    }
    expect(() => readBackendEnv(production)).toThrow(/SELLER_KVK[\s\S]*SELLER_VAT_NUMBER/)
    expect(() => readBackendEnv({ ...production, SELLER_KVK: "1234", SELLER_VAT_NUMBER: "NL123456789B01" })).toThrow(
      /SELLER_KVK: a KVK number has 8 digits/,
    )
  })

  it("treats empty variables as unset", () => {
    expect(
      readBackendEnv({ ...base, STRIPE_API_KEY: "", STRIPE_WEBHOOK_SECRET: "", REDIS_URL: "" }).STRIPE_API_KEY,
    ).toBeUndefined()
  })

  it("requires a database and the Stripe keys together", () => {
    expect(() => readBackendEnv({})).toThrow(/DATABASE_URL/)
    expect(readBackendEnv({ NODE_ENV: "test" }).DATABASE_URL).toBeUndefined()
    expect(readBackendEnv({}, { building: true }).DATABASE_URL).toBeUndefined()
    expect(() => readBackendEnv({ ...base, STRIPE_API_KEY: "sk_test_1" })).toThrow(/STRIPE_WEBHOOK_SECRET/)
    expect(() => readBackendEnv({ ...base, MEDUSA_WORKER_MODE: "both" })).toThrow(/MEDUSA_WORKER_MODE/)
  })
})
