import { dataMapFromEnv } from "@helder/privacy"
import { loadConfig } from "./load-config"

/** Every module and provider the configuration resolves, providers of providers included. */
function resolves(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(resolves)
  if (!value || typeof value !== "object") return []
  const own = "resolve" in value && typeof value.resolve === "string" ? [value.resolve] : []
  return [...own, ...Object.values(value).flatMap(resolves)]
}

// Parts that run on the shop's own hosting (declared as "hosting" in the map) and send data nowhere
// else: named one by one, so a new provider (file-s3, notification-sendgrid, auth-google) fails here.
const MEDUSA_IN_HOUSE = [
  "api-key",
  "auth",
  "auth-emailpass",
  "cache-inmemory",
  "caching",
  "cart",
  "currency",
  "customer",
  "event-bus-local",
  "event-bus-redis",
  "file",
  "file-local",
  "fulfillment",
  "fulfillment-manual",
  "inventory",
  "locking",
  "locking-redis",
  "notification",
  "order",
  "payment",
  "pricing",
  "product",
  "promotion",
  "rbac",
  "region",
  "sales-channel",
  "search",
  "search-postgres",
  "settings",
  "stock-location",
  "store",
  "tax",
  "translation",
  "user",
  "workflow-engine-inmemory",
  "workflow-engine-redis",
]
const IN_HOUSE = [
  /^\.\/src\/modules\/(account|contact|newsletter|invoicing|withdrawal|consent|analytics|privacy-request|audit|retention|staff|price-history|fair-locking)$/,
  new RegExp(`^@medusajs/medusa/(${MEDUSA_IN_HOUSE.join("|")})$`),
  /^@medusajs\/caching-redis$/,
]
// Parts that hand personal data to another party, and the recipient the map must list for them.
const RECIPIENT_OF: Record<string, string> = {
  "@medusajs/medusa/payment-stripe": "stripe",
  "./src/modules/smtp-notification": "mail",
}

describe("the processors the backend calls", () => {
  it.each([
    ["the default set-up", {}],
    [
      "Stripe and Redis configured",
      { STRIPE_API_KEY: "sk_test_123", STRIPE_WEBHOOK_SECRET: "whsec_123", REDIS_URL: "redis://localhost:6379" },
    ],
  ])("[P-recipients] are all in the data map's register (%s)", (_, env: Record<string, string>) => {
    const declared = new Set(dataMapFromEnv(env).recipients.map((r) => r.id))
    const problems = resolves(loadConfig(env).modules).flatMap((resolve) => {
      if (IN_HOUSE.some((pattern) => pattern.test(resolve))) return []
      const recipient = RECIPIENT_OF[resolve]
      if (!recipient) return [`${resolve} is not known: declare who it sends data to in packages/privacy and here`]
      return declared.has(recipient)
        ? []
        : [`${resolve} sends data to "${recipient}", which the data map does not list`]
    })
    expect(problems).toEqual([])
  })

  it("would fail for a processor the map does not declare", () => {
    const declared = new Set(dataMapFromEnv({}).recipients.map((r) => r.id))
    expect(declared.has(RECIPIENT_OF["@medusajs/medusa/payment-stripe"]!)).toBe(false)
    expect(declared.has(RECIPIENT_OF["./src/modules/smtp-notification"]!)).toBe(true)
  })
})
