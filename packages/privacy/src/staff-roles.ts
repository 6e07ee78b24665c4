import type { Localised } from "./types"

/**
 * What staff may do, deny by default (the shared contract: the backend enforces it, the privacy policy's section on
 * staff access is generated from it). Every admin route in the surface table (backend/src/api/surface/routes.ts) names
 * one permission; a staff user reaches it only when their role holds that permission. A user without a role reaches
 * nothing but their own profile and two-factor set-up.
 *
 * The policies promise it: "Medewerkers hebben geen toegang tot klantprofielen en documenten die wij naar aanleiding
 * van jouw opdracht vervaardigd hebben" (LichtXpert) and "alleen de noodzakelijke personen toegang hebben tot uw
 * gegevens" (the Belgian policy).
 */
export const PERMISSIONS = {
  /**
   * What the admin app reads to start and draw its frame: the shop's settings, the user's own profile. No personal
   * data.
   */
  shell: "open the admin and read the shop's settings",
  catalog: "products, categories, collections, prices and promotions",
  stock: "inventory, stock locations and reservations",
  "orders:read": "read orders (personal data masked)",
  orders: "handle orders: fulfil, ship, edit, cancel",
  /**
   * The one piece of personal data order handling sees in clear: where an order goes, on that order's page (audited).
   */
  "delivery-address": "see the delivery address of an order being shipped",
  returns: "returns, claims and exchanges",
  payments: "payments: capture and refund",
  customers: "customer profiles and groups (masked)",
  /** `q=` and other filters that match personal data: each search is audited with its reason. */
  "personal-search": "search by personal data (name, e-mail, phone, street)",
  contact: "contact messages",
  privacy: "the privacy desk: requests, export and erasure",
  reveal: "reveal masked personal data with a reason",
  audit: "the audit log",
  invoices: "invoices and credit notes (each PDF download audited)",
  analytics: "statistics (aggregates only)",
  retention: "retention terms and purge runs",
  newsletter: "send the newsletter",
  settings: "change the shop's settings, API keys and integrations",
  staff: "staff accounts, their roles and second factors",
} as const

export type Permission = keyof typeof PERMISSIONS

/** Each permission as the privacy policy names it. */
export const PERMISSION_NAMES: Record<Permission, Localised> = {
  shell: { nl: "de beheeromgeving openen", en: "opening the admin" },
  catalog: { nl: "assortiment, prijzen en acties", en: "catalog, prices and promotions" },
  stock: { nl: "voorraad", en: "stock" },
  "orders:read": {
    nl: "bestellingen inzien (persoonsgegevens afgeschermd)",
    en: "reading orders (personal data masked)",
  },
  orders: { nl: "bestellingen afhandelen", en: "handling orders" },
  "delivery-address": {
    nl: "het bezorgadres van een bestelling die verzonden wordt",
    en: "the delivery address of an order being shipped",
  },
  returns: { nl: "retouren", en: "returns" },
  payments: { nl: "betalingen en terugbetalingen", en: "payments and refunds" },
  customers: { nl: "klantprofielen (afgeschermd)", en: "customer profiles (masked)" },
  "personal-search": { nl: "zoeken op persoonsgegevens, met reden", en: "searching by personal data, with a reason" },
  contact: { nl: "contactberichten", en: "contact messages" },
  privacy: {
    nl: "privacyverzoeken: inzage, export en verwijdering",
    en: "privacy requests: access, export and erasure",
  },
  reveal: { nl: "afgeschermde gegevens tonen, met reden", en: "revealing masked data, with a reason" },
  audit: { nl: "het logboek", en: "the audit log" },
  invoices: { nl: "facturen en creditnota's", en: "invoices and credit notes" },
  analytics: { nl: "statistieken (alleen totalen)", en: "statistics (totals only)" },
  retention: { nl: "bewaartermijnen", en: "retention terms" },
  newsletter: { nl: "de nieuwsbrief versturen", en: "sending the newsletter" },
  settings: { nl: "instellingen van de winkel", en: "the shop's settings" },
  staff: { nl: "medewerkers en hun rollen", en: "staff and their roles" },
}

export type Role = {
  name: Localised
  permissions: readonly Permission[]
  /** Two-factor login is required before any route but the user's own profile and set-up. */
  twoFactor: boolean
}

// The owner may do everything, but sees people like everyone else: masked, revealed with a reason
// (audited). The delivery address in clear is order handling's alone.
const OWNER = (Object.keys(PERMISSIONS) as Permission[]).filter((permission) => permission !== "delivery-address")

/** The roles an owner can give. A role that may reveal, export or erase requires a second factor. */
export const ROLES = {
  owner: { name: { nl: "Eigenaar", en: "Owner" }, permissions: OWNER, twoFactor: true },
  "order-handling": {
    name: { nl: "Orderverwerking", en: "Order handling" },
    permissions: ["shell", "orders:read", "orders", "delivery-address", "stock", "payments"],
    twoFactor: false,
  },
  returns: {
    name: { nl: "Retouren en terugbetalingen", en: "Returns and refunds" },
    permissions: ["shell", "orders:read", "returns", "payments"],
    twoFactor: false,
  },
  "customer-service": {
    name: { nl: "Klantenservice", en: "Customer service" },
    permissions: ["shell", "orders:read", "contact"],
    twoFactor: false,
  },
  "privacy-officer": {
    name: { nl: "Privacyfunctionaris", en: "Privacy officer" },
    permissions: [
      "shell",
      "orders:read",
      "customers",
      "personal-search",
      "contact",
      "privacy",
      "reveal",
      "audit",
      "invoices",
      "retention",
    ],
    twoFactor: true,
  },
  bookkeeping: {
    name: { nl: "Boekhouding", en: "Bookkeeping" },
    permissions: ["shell", "invoices", "payments"],
    twoFactor: false,
  },
  catalog: {
    name: { nl: "Assortiment", en: "Catalog" },
    permissions: ["shell", "catalog", "stock", "analytics", "newsletter"],
    twoFactor: false,
  },
} as const satisfies Record<string, Role>

export type RoleId = keyof typeof ROLES

export const ROLE_IDS = Object.keys(ROLES) as RoleId[]

/** Whether a role (or no role) holds a permission. */
export function allows(role: RoleId | null | undefined, permission: Permission): boolean {
  return Boolean(role && (ROLES[role].permissions as readonly Permission[]).includes(permission))
}

/** The permissions that let a role reach personal data in clear: holding any of them requires a second factor. */
export const TWO_FACTOR_PERMISSIONS: readonly Permission[] = ["reveal", "privacy", "staff"]
