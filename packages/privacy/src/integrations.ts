/**
 * The optional services an installation has switched on, read from the environment both apps share.
 * A service that is not configured does not exist: it is not in the banner, the policy or the register.
 */
export type Integrations = {
  /** The shop itself, the controller: the same SELLER_* settings that print on invoices. */
  controller: { name: string; address: string; email: string; phone: string; kvk: string; vat: string }
  stripe: boolean
  /** The storefront is served over HTTPS (its STOREFRONT_URL): the shop's cookies carry the __Host- prefix. */
  https: boolean
  ga4MeasurementId: string | null
  metaPixelId: string | null
  hosting: { party: string; location: string }
  mail: { party: string; location: string }
  /** The carriers that deliver parcels (SHIPPING_CARRIERS, CARRIER_LOCATION), named in the recipients register. */
  carriers: { party: string; location: string }
}

type Env = Record<string, string | undefined>

/**
 * The demo operator a local shop runs as: what only the operator knows and the policy and invoices
 * name. Production sets every one of these itself (the backend refuses to start without them); `npm
 * start` and the tests pass these values explicitly.
 */
export const DEMO_OPERATOR_ENV = {
  SELLER_NAME: "Helder Verlichting B.V.",
  SELLER_STREET: "Hoofdstraat 1",
  SELLER_POSTCODE_CITY: "7311 AA Apeldoorn",
  SELLER_EMAIL: "winkel@helder.local",
  SELLER_PHONE: "055 000 0000",
  SELLER_KVK: "12345678",
  SELLER_VAT_NUMBER: "NL000099998B57",
  PRIVACY_HOSTING_PARTY: "Hostingpartij van de winkel",
  PRIVACY_HOSTING_LOCATION: "NL",
  PRIVACY_MAIL_PARTY: "E-maildienst van de winkel (SMTP)",
  PRIVACY_MAIL_LOCATION: "EU",
  SHIPPING_CARRIERS: "PostNL / bpost",
} as const

/** What production must set itself: every value of the demo operator. */
export const PRODUCTION_REQUIRED = Object.keys(DEMO_OPERATOR_ENV) as (keyof typeof DEMO_OPERATOR_ENV)[]

const GA4_ID = /^G-[A-Z0-9]{4,20}$/
const META_PIXEL_ID = /^\d{6,20}$/

function set(env: Env, key: string): string | null {
  const value = env[key]?.trim()
  return value ? value : null
}

/** An operator's value, or the demo operator's. */
const operator = (env: Env, key: keyof typeof DEMO_OPERATOR_ENV): string => set(env, key) ?? DEMO_OPERATOR_ENV[key]

/** Reads the integrations from an environment; a malformed id is an error, not a silently missing service. */
export function integrationsFromEnv(env: Env): Integrations {
  const ga4 = set(env, "GA4_MEASUREMENT_ID")
  if (ga4 && !GA4_ID.test(ga4)) throw new Error("GA4_MEASUREMENT_ID must look like G-XXXXXXX")
  const pixel = set(env, "META_PIXEL_ID")
  if (pixel && !META_PIXEL_ID.test(pixel)) throw new Error("META_PIXEL_ID must be the pixel's number")
  return {
    controller: {
      name: operator(env, "SELLER_NAME"),
      address: [
        operator(env, "SELLER_STREET"),
        operator(env, "SELLER_POSTCODE_CITY"),
        set(env, "SELLER_COUNTRY") ?? "Nederland",
      ].join(", "),
      email: operator(env, "SELLER_EMAIL"),
      phone: operator(env, "SELLER_PHONE"),
      kvk: operator(env, "SELLER_KVK"),
      vat: operator(env, "SELLER_VAT_NUMBER"),
    },
    stripe: Boolean(set(env, "STRIPE_API_KEY") || set(env, "NEXT_PUBLIC_STRIPE_KEY")),
    https: (set(env, "STOREFRONT_URL") ?? "").startsWith("https://"),
    ga4MeasurementId: ga4,
    metaPixelId: pixel,
    hosting: { party: operator(env, "PRIVACY_HOSTING_PARTY"), location: operator(env, "PRIVACY_HOSTING_LOCATION") },
    mail: { party: operator(env, "PRIVACY_MAIL_PARTY"), location: operator(env, "PRIVACY_MAIL_LOCATION") },
    carriers: { party: operator(env, "SHIPPING_CARRIERS"), location: set(env, "CARRIER_LOCATION") ?? "NL / BE" },
  }
}

/** No optional service at all: what `npm start` and the tests run by default. */
export const NO_INTEGRATIONS: Integrations = integrationsFromEnv({})
