import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * Query parameters whose values say nothing about a person (which fields, which page, which region):
 * the request log keeps them. Every other value (a staff search `q=anna@example.nl`, an e-mail filter)
 * is replaced before the line is written.
 */
const HARMLESS = new Set([
  "fields",
  "limit",
  "offset",
  "order",
  "expand",
  "region_id",
  "currency_code",
  "category_id",
  "collection_id",
  "handle",
  "days",
  "kind",
  "status",
])

/**
 * Medusa's ids (`cart_01J…`, `order_01J…`, `pay_col_01J…`) in a path keep only their prefix: a cart id
 * is the key to the cart, and an order id in a log line ties a person's visits together.
 */
function loggablePath(path: string): string {
  return path.replace(/\/([a-z]+(?:_[a-z]+)*)_[0-9A-Z]{26}(?=\/|$)/g, "/$1_•••")
}

/** The URL as the request log may show it: the path without ids, the harmless parameters, the rest as •••. */
export function loggableUrl(url: string): string {
  const at = url.indexOf("?")
  if (at === -1) return loggablePath(url)
  const params = new URLSearchParams(url.slice(at + 1))
  const kept = [...params].map(
    ([key, value]) =>
      `${encodeURIComponent(key)}=${HARMLESS.has(key.replace(/\[\]$/, "")) ? encodeURIComponent(value) : "•••"}`,
  )
  return `${loggablePath(url.slice(0, at))}?${kept.join("&")}`
}

/**
 * An IP address as the request log may keep it: IPv4 cut to its /24 (the last number 0), IPv6 to its
 * /48 (the first three groups), so a line says roughly where a request came from but not who sent it.
 */
export function loggableIp(ip: string | undefined): string {
  const address = (ip ?? "").trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "")
  const v4 = address.match(/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.\d{1,3}$/)
  if (v4) return `${v4[1]}.${v4[2]}.${v4[3]}.0`
  if (address.includes(":")) {
    const [head = "", tail = ""] = address.split("::")
    const left = head ? head.split(":") : []
    const right = tail ? tail.split(":") : []
    const groups = address.includes("::")
      ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right]
      : left
    if (groups.length === 8 && groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g)))
      return `${groups
        .slice(0, 3)
        .map((g) => g.toLowerCase().replace(/^0+(?=.)/, ""))
        .join(":")}::`
  }
  return "-"
}

/**
 * Medusa's request log (morgan, one JSON line per request) writes `req.originalUrl` when the response
 * ends. Routing reads `req.url`, which stays as it is; only the logged copy loses the personal values.
 */
export function redactLoggedUrl(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const url = req.originalUrl ?? req.url
  // The surface guard matches the path as it arrived.
  req.helderPath = url.split("?")[0]
  req.originalUrl = loggableUrl(url)
  next()
}

type Getter = (() => unknown) & { helder?: true }

/**
 * Medusa's request log also writes every request's `req.ip`, user agent and referrer — the admin app's
 * and the health check's too, which no API middleware sees. Called once at start-up (medusa-config.ts):
 * Express's `req.ip` answers the loggable address (/24, /48) to every reader (Helder's per-IP limits
 * read the address themselves, lib/client-ip.ts, and nothing else in the backend uses it), and the
 * log's user-agent and referrer tokens write nothing.
 */
export function redactRequestLog(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const request = require("express").request as object
  const ip = Object.getOwnPropertyDescriptor(request, "ip")
  const original = ip?.get as Getter | undefined
  if (ip && original && !original.helder) {
    const get: Getter = function (this: unknown) {
      return loggableIp(original.call(this) as string | undefined)
    }
    get.helder = true
    Object.defineProperty(request, "ip", { ...ip, get })
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const morgan = require("morgan") as { token: (name: string, fn: () => undefined) => void }
  morgan.token("user-agent", () => undefined)
  morgan.token("referrer", () => undefined)
}

declare module "@medusajs/framework/http" {
  interface MedusaRequest {
    /** The request's path as it arrived, kept before the request log's copy is redacted. */
    helderPath?: string
  }
}
