/**
 * The headers Helder's two apps speak to each other with, beside Medusa's own. Each says who is asking
 * or what is proven; tokens travel in headers, never in URLs, so they stay out of request logs.
 */
export const HEADERS = {
  /** The secret of a customer's server-side session, beside Medusa's bearer token. */
  session: "x-helder-session",
  /** A guest's signed order-link token. */
  orderLink: "x-helder-order-link",
  /** The signed moment of a withdrawal statement made through the public withdrawal function. */
  withdrawalStatement: "x-helder-withdrawal-statement",
  /** The visitor's consent id, for routes that act only with a stored consent. */
  consent: "x-helder-consent",
  /** The browser's proof that it holds its consent id. */
  consentProof: "x-helder-consent-proof",
  /** The single-use token of a verified data request's download. */
  requestToken: "x-helder-request-token",
  /** The shopper's address for the backend's per-IP limits, vouched for by `storefrontSecret`. */
  clientIp: "x-helder-client-ip",
  /** The secret both apps share (STOREFRONT_SECRET): proves that `clientIp` comes from the storefront. */
  storefrontSecret: "x-helder-storefront-secret",
  /** The signature of a revalidation call from the backend to the storefront. */
  revalidationSignature: "x-helder-signature",
  /** Why a staff member opens personal data they do not need for their role. */
  reason: "x-helder-reason",
  /** Whether the storefront's page cache served a page: hit, miss or bypass. */
  pageCache: "x-helder-page-cache",
} as const

/** The name of one of Helder's headers. */
export type HelderHeader = (typeof HEADERS)[keyof typeof HEADERS]
