import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { STORE_FIELDS } from "@helder/schemas"
import { findSession } from "../store/customer-session"
import { notFound } from "../../lib/not-found"
import { SURFACE, type Exposure, type FieldList } from "./routes"
import { staffGuard } from "./staff-guard"

type Compiled = { method: string; pattern: string; regex: RegExp; statics: number[]; exposure: Exposure }

/** `/store/carts/:id` as a regular expression over a whole path, and which segments are fixed (for specificity). */
function compile(key: string, exposure: Exposure): Compiled {
  const [method = "", pattern = ""] = key.split(" ")
  const segments = pattern.split("/").filter(Boolean)
  const source = segments
    .map((segment) => (segment.startsWith(":") ? "/[^/]+" : `/${segment.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&")}`))
    .join("")
  // Express routes ignore case (`/admin/orders/EXPORT` reaches the export route), so the table does too.
  return {
    method,
    pattern,
    regex: new RegExp(`^${source}/?$`, "i"),
    statics: segments.map((segment) => (segment.startsWith(":") ? 0 : 1)),
    exposure,
  }
}

const COMPILED = Object.entries(SURFACE).map(([key, exposure]) => compile(key, exposure))

/** Express prefers `/admin/products/batch` over `/admin/products/:id`: the earlier fixed segment wins. */
function moreSpecific(a: Compiled, b: Compiled): number {
  for (let i = 0; i < Math.max(a.statics.length, b.statics.length); i++) {
    const diff = (b.statics[i] ?? 0) - (a.statics[i] ?? 0)
    if (diff !== 0) return diff
  }
  return 0
}

/** The table's entry for a request, or undefined when the route is not classified. */
export function exposureOf(method: string, path: string): { pattern: string; exposure: Exposure } | undefined {
  const wanted = method === "HEAD" ? "GET" : method
  const [best] = COMPILED.filter((entry) => entry.method === wanted && entry.regex.test(path)).sort(moreSpecific)
  return best ? { pattern: best.pattern, exposure: best.exposure } : undefined
}

/** A requested field's path without Medusa's `*` (all of a relation), `+` (add) or `-` (remove) marks. */
const bare = (field: string) => field.replace(/^[*+-]/, "")

/**
 * The first requested field that none of the lists allows, or null. A list's `*relation` also allows
 * one scalar of that relation (`*variants` allows `variants.id`), nothing deeper.
 */
export function refusedField(requested: string, lists: readonly FieldList[]): string | null {
  const allowed = lists.flatMap((list) => STORE_FIELDS[list].split(","))
  const exact = new Set(allowed.map(bare))
  const relations = allowed.filter((field) => field.startsWith("*")).map(bare)
  for (const field of requested
    .split(",")
    .map((f) => f.trim())
    .filter(Boolean)) {
    const path = bare(field)
    if (field.startsWith("*") ? allowed.includes(field) : exact.has(path)) continue
    const parent = path.slice(0, path.lastIndexOf("."))
    if (!field.startsWith("*") && parent && relations.includes(parent)) continue
    return field
  }
  return null
}

/**
 * Every request to Medusa's and Helder's API passes here first (api/middlewares.ts): a route the
 * surface table does not list, or lists as closed, answers 404; a staff user reaches an admin route
 * only with a role that holds its permission (./staff-guard.ts); a customer's token counts only with
 * a live Helder session, on every store route; `fields` beyond the storefront's lists answer 400.
 */
export async function surfaceGuard(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (req.method === "OPTIONS") return next()
  const path = req.helderPath ?? req.path
  const found = exposureOf(req.method, path)
  if (!found || found.exposure.kind === "closed") return notFound(req, res, next)
  const { exposure } = found
  if (exposure.kind === "staff-auth") {
    const actorType = /^\/auth\/([^/]+)\/[^/]+/.exec(path)?.[1]
    if (actorType && !["user", "mfa"].includes(actorType)) return notFound(req, res, next)
    return next()
  }
  // Medusa's own admin authentication ran before this guard (it is mounted on /admin ahead of every route middleware).
  if (exposure.kind === "staff") return staffGuard(req, res, next, exposure.permission)
  if (exposure.kind === "staff-self") return staffGuard(req, res, next, "self")
  if (!path.startsWith("/store")) return next()

  // A customer token without its session (logged out, copied) is refused everywhere, not just on account routes.
  const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : undefined
  const session = customerId ? await findSession(req, customerId) : null
  const sessionHolder = session ? customerId : undefined
  // Helder's account routes check the session again (requireCustomerSession): they reuse this lookup.
  if (session) req.helderSessionId = session.id
  if ((customerId || req.headers.authorization) && !sessionHolder) {
    return res.status(401).json({ type: "unauthorized", message: "Your session has ended. Please log in again." })
  }
  if (exposure.kind === "customer" && !sessionHolder) {
    return res.status(401).json({ type: "unauthorized", message: "Please log in." })
  }
  if (exposure.kind === "catalog" || exposure.kind === "cart" || exposure.kind === "customer") {
    const requested = req.query.fields
    if (requested !== undefined) {
      const refused = typeof requested === "string" ? refusedField(requested, exposure.fields) : "fields"
      if (refused)
        return res
          .status(400)
          .json({ type: "invalid_data", message: `The field "${refused}" cannot be requested here.` })
    } else if (exposure.kind !== "catalog" && exposure.fields[0]) {
      // Medusa's default cart answer includes payment sessions (with the customer's addresses) and the customer.
      req.query.fields = STORE_FIELDS[exposure.fields[0]]
    }
  }
  next()
}
