import "server-only"
import { config, publishableKey } from "./config"

/** An error the store API answered with; `status` and `message` are safe to show. */
export class StoreApiError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
  }
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
 * Calls the Medusa store API from the server. Only requests with tags are cached, so a visitor's
 * cart or order never lands in a cache entry another visitor could be served.
 */
export async function storeFetch<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = "GET", query, body, tags, revalidate = 300 } = options
  const response = await fetch(`${config.MEDUSA_BACKEND_URL}${path}${toSearchParams(query)}`, {
    method,
    headers: {
      "content-type": "application/json",
      "x-publishable-api-key": publishableKey(),
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
    throw new StoreApiError(response.status, message)
  }
  return payload as T
}
