/**
 * What staff may do, deny by default. Every admin route in the surface table (./routes.ts) names one
 * permission; a staff user reaches it only when their role holds that permission. A user without a
 * role reaches nothing but their own profile and two-factor set-up.
 *
 * The policies promise it: "Medewerkers hebben geen toegang tot klantprofielen en documenten die wij
 * naar aanleiding van jouw opdracht vervaardigd hebben" (LichtXpert) and "alleen de noodzakelijke
 * personen toegang hebben tot uw gegevens" (the Belgian policy).
 */
export const PERMISSIONS = {
  /** What the admin app reads to start and draw its frame: the shop's settings, the user's own profile. No personal data. */
  shell: "open the admin and read the shop's settings",
  catalog: "products, categories, collections, prices and promotions",
  stock: "inventory, stock locations and reservations",
  "orders:read": "read orders (personal data masked)",
  orders: "handle orders: fulfil, ship, edit, cancel",
  /** The one piece of personal data order handling sees in clear: where an order goes, on that order's page (audited). */
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

export type Role = {
  label: string
  permissions: readonly Permission[]
  /** Two-factor login is required before any route but the user's own profile and set-up. */
  twoFactor: boolean
}

// The owner may do everything, but sees people like everyone else: masked, revealed with a reason
// (audited). The delivery address in clear is order handling's alone.
const OWNER = (Object.keys(PERMISSIONS) as Permission[]).filter((permission) => permission !== "delivery-address")

/** The roles an owner can give. A role that may reveal, export or erase requires a second factor. */
export const ROLES = {
  owner: { label: "Eigenaar", permissions: OWNER, twoFactor: true },
  "order-handling": { label: "Orderverwerking", permissions: ["shell", "orders:read", "orders", "delivery-address", "stock", "payments"], twoFactor: false },
  returns: { label: "Retouren en terugbetalingen", permissions: ["shell", "orders:read", "returns", "payments"], twoFactor: false },
  "customer-service": { label: "Klantenservice", permissions: ["shell", "orders:read", "contact"], twoFactor: false },
  "privacy-officer": {
    label: "Privacyfunctionaris",
    permissions: ["shell", "orders:read", "customers", "personal-search", "contact", "privacy", "reveal", "audit", "invoices", "retention"],
    twoFactor: true,
  },
  bookkeeping: { label: "Boekhouding", permissions: ["shell", "invoices", "payments"], twoFactor: false },
  catalog: { label: "Assortiment", permissions: ["shell", "catalog", "stock", "analytics", "newsletter"], twoFactor: false },
} as const satisfies Record<string, Role>

export type RoleId = keyof typeof ROLES

export const ROLE_IDS = Object.keys(ROLES) as RoleId[]

/** Whether a role (or no role) holds a permission. */
export function allows(role: RoleId | null | undefined, permission: Permission): boolean {
  return Boolean(role && (ROLES[role].permissions as readonly Permission[]).includes(permission))
}

/** The permissions that let a role reach personal data in clear: holding any of them requires a second factor. */
export const TWO_FACTOR_PERMISSIONS: readonly Permission[] = ["reveal", "privacy", "staff"]
