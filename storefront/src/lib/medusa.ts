import "server-only"
import { headers } from "next/headers"
import { HEADERS } from "@helder/contract"
import { config, publishableKey } from "./config"
import type { AccountSession } from "./cookies"

/** An error the store API answered with; `status` and `message` are safe to show. */
export class StoreApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Per-field problems from Helder's validation (`{ path: "password", message: "too_short" }`). */
    readonly issues: { path: string; message: string }[] = [],
    /** The backend's error type, where one status has several reasons (403: not_verified, erasure_pending). */
    readonly type?: string,
  ) {
    super(message)
  }
}

/** Whether a store call failed because the mailed link it spent is unknown, used or expired (404, or 400 malformed). */
export function isDeadLink(error: unknown): boolean {
  return error instanceof StoreApiError && (error.status === 404 || error.status === 400)
}

type Query = Record<string, string | number | boolean | string[] | undefined>

interface RequestOptions {
  method?: "GET" | "POST" | "DELETE"
  query?: Query
  body?: unknown
  /** Cache tags for shared catalog data; leave unset for anything personal (carts, orders). */
  tags?: string[]
  /** Seconds a tagged entry may be served before it is fetched again even without a revalidation. */
  revalidate?: number
  /** Send the visitor's login (bearer token and session secret); never combined with tags. */
  auth?: AccountSession | null
  /** A guest's signed order-link token, sent in a header so it stays out of URLs and request logs. */
  orderLink?: string
  /** The signed moment of a withdrawal statement from the public withdrawal function, beside the order link. */
  withdrawalStatement?: string
  /** The visitor's consent id, for routes that act only with a stored consent (statistics). */
  consentId?: string
  /** The browser's proof of its consent id (its httpOnly cookie), for routes that add to or link its record. */
  consentProof?: string
}

/** The headers that say who is asking: a login, a guest's order link, or nobody. */
type Caller = {
  auth?: AccountSession | null
  orderLink?: string
  withdrawalStatement?: string
  consentId?: string
  consentProof?: string
  requestToken?: string
}

function callerHeaders({
  auth,
  orderLink,
  withdrawalStatement,
  consentId,
  consentProof,
  requestToken,
}: Caller): Record<string, string> {
  return {
    ...(auth ? { authorization: `Bearer ${auth.token}`, [HEADERS.session]: auth.session } : {}),
    ...(orderLink ? { [HEADERS.orderLink]: orderLink } : {}),
    ...(withdrawalStatement ? { [HEADERS.withdrawalStatement]: withdrawalStatement } : {}),
    ...(consentId ? { [HEADERS.consent]: consentId } : {}),
    ...(consentProof ? { [HEADERS.consentProof]: consentProof } : {}),
    ...(requestToken ? { [HEADERS.requestToken]: requestToken } : {}),
  }
}

function toSearchParams(query: Query = {}): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue
    if (Array.isArray(value)) value.forEach((item) => params.append(`${key}[]`, item))
    else params.set(key, String(value))
  }
  const text = params.toString()
  return text ? `?${text}` : ""
}

/**
 * The shopper's address for the backend's per-IP limits: the X-Forwarded-For entry added by the
 * outermost trusted hop (server.cjs itself when no proxy is configured; it drops what the shopper
 * wrote, see src/lib/forwarded-for.cjs), vouched for by the shared secret.
 */
async function shopperIpHeaders(): Promise<Record<string, string>> {
  if (!config.STOREFRONT_SECRET) return {}
  const forwarded =
    (await headers())
      .get("x-forwarded-for")
      ?.split(",")
      .map((part) => part.trim()) ?? []
  const ip = forwarded[forwarded.length - 1 - config.TRUSTED_PROXY_HOPS]
  return ip ? { [HEADERS.clientIp]: ip, [HEADERS.storefrontSecret]: config.STOREFRONT_SECRET } : {}
}

/**
 * Calls the Medusa store API from the server. Only requests with tags are cached, so a visitor's
 * cart or order never lands in a cache entry another visitor could be served.
 */
export async function storeFetch<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const {
    method = "GET",
    query,
    body,
    tags,
    revalidate = 300,
    auth,
    orderLink,
    withdrawalStatement,
    consentId,
    consentProof,
  } = options
  if ((auth || orderLink || withdrawalStatement || consentId || consentProof) && tags)
    throw new Error("a request with a login or order link must not be cached")
  const response = await fetch(`${config.MEDUSA_BACKEND_URL}${path}${toSearchParams(query)}`, {
    method,
    headers: {
      "content-type": "application/json",
      "x-publishable-api-key": publishableKey(),
      ...callerHeaders({ auth, orderLink, withdrawalStatement, consentId, consentProof }),
      // Per-visitor headers only on uncached calls: they would split the shared catalog cache.
      ...(tags ? {} : await shopperIpHeaders()),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    ...(tags ? { cache: "force-cache" as const, next: { tags, revalidate } } : { cache: "no-store" as const }),
  })
  const payload: unknown = await response.json().catch(() => ({}))
  if (!response.ok) {
    const message =
      typeof payload === "object" && payload && "message" in payload && typeof payload.message === "string"
        ? payload.message
        : response.statusText
    const issues =
      typeof payload === "object" && payload && "issues" in payload && Array.isArray(payload.issues)
        ? payload.issues
        : []
    const type =
      typeof payload === "object" && payload && "type" in payload && typeof payload.type === "string"
        ? payload.type
        : undefined
    throw new StoreApiError(response.status, message, issues, type)
  }
  return payload as T
}

/**
 * Fetches a file (an invoice PDF) from the store API, never cached. Null when the backend answers
 * 404, so the caller answers 404 too; other failures throw.
 */
export async function storeDownload(path: string, caller: Caller = {}): Promise<Response | null> {
  const response = await fetch(`${config.MEDUSA_BACKEND_URL}${path}`, {
    headers: {
      "x-publishable-api-key": publishableKey(),
      ...callerHeaders(caller),
      ...(await shopperIpHeaders()),
    },
    cache: "no-store",
  })
  if (response.status === 404 || response.status === 401) return null
  if (!response.ok) throw new StoreApiError(response.status, response.statusText)
  return response
}
