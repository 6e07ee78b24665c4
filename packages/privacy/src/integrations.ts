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
}

type Env = Record<string, string | undefined>

/** The demo company a local shop runs as; production sets every SELLER_* value (the backend checks). */
export const SELLER_DEFAULTS = {
  name: "Helder Verlichting B.V.",
  street: "Hoofdstraat 1",
  postcodeCity: "7311 AA Apeldoorn",
  country: "Nederland",
  email: "winkel@helder.local",
  phone: "055 000 0000",
  kvk: "12345678",
  vat: "NL000099998B57",
} as const

const GA4_ID = /^G-[A-Z0-9]{4,20}$/
const META_PIXEL_ID = /^\d{6,20}$/

function set(env: Env, key: string): string | null {
  const value = env[key]?.trim()
  return value ? value : null
}

/** Reads the integrations from an environment; a malformed id is an error, not a silently missing service. */
export function integrationsFromEnv(env: Env): Integrations {
  const ga4 = set(env, "GA4_MEASUREMENT_ID")
  if (ga4 && !GA4_ID.test(ga4)) throw new Error("GA4_MEASUREMENT_ID must look like G-XXXXXXX")
  const pixel = set(env, "META_PIXEL_ID")
  if (pixel && !META_PIXEL_ID.test(pixel)) throw new Error("META_PIXEL_ID must be the pixel's number")
  return {
    controller: {
      name: set(env, "SELLER_NAME") ?? SELLER_DEFAULTS.name,
      address: [set(env, "SELLER_STREET") ?? SELLER_DEFAULTS.street, set(env, "SELLER_POSTCODE_CITY") ?? SELLER_DEFAULTS.postcodeCity, set(env, "SELLER_COUNTRY") ?? SELLER_DEFAULTS.country].join(", "),
      email: set(env, "SELLER_EMAIL") ?? SELLER_DEFAULTS.email,
      phone: set(env, "SELLER_PHONE") ?? SELLER_DEFAULTS.phone,
      kvk: set(env, "SELLER_KVK") ?? SELLER_DEFAULTS.kvk,
      vat: set(env, "SELLER_VAT_NUMBER") ?? SELLER_DEFAULTS.vat,
    },
    stripe: Boolean(set(env, "STRIPE_API_KEY") || set(env, "NEXT_PUBLIC_STRIPE_KEY")),
    https: (set(env, "STOREFRONT_URL") ?? "").startsWith("https://"),
    ga4MeasurementId: ga4,
    metaPixelId: pixel,
    hosting: { party: set(env, "PRIVACY_HOSTING_PARTY") ?? "Hostingpartij van de winkel", location: set(env, "PRIVACY_HOSTING_LOCATION") ?? "NL" },
    mail: { party: set(env, "PRIVACY_MAIL_PARTY") ?? "E-maildienst van de winkel (SMTP)", location: set(env, "PRIVACY_MAIL_LOCATION") ?? "EU" },
  }
}

/** No optional service at all: what `npm start` and the tests run by default. */
export const NO_INTEGRATIONS: Integrations = integrationsFromEnv({})
