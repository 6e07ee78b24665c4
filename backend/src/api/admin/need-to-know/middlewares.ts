import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { maskResponse, refuseMaskedWrites } from "../../../lib/masking"
import { recordAccessWorkflow } from "../../../workflows/audit/record-access"
import { allows } from "../../surface/roles"
import { HEADERS } from "@helder/contract"

/**
 * Every admin answer is masked — Medusa's `fields` reach orders and carts from routes that seem to hold
 * none (`/admin/sales-channels?fields=orders.email`) — except these, which answer what their role needs
 * in clear: the audited reveal, the privacy desk (the privacy officer handles requests by address), and
 * staff accounts (colleagues, not customers).
 */
const IN_CLEAR = [
  /^\/admin\/privacy\/reveal\/?$/i,
  /^\/admin\/privacy-requests(\/|$)/i,
  /^\/admin\/(users|staff|invites)(\/|$)/i,
]
/** A contact message's `name` is its sender's (elsewhere `name` is a product's or a shipping option's). */
const CONTACT = /^\/admin\/contact-messages(\/|$)/i

/**
 * The lists that take filters: a filter other than these (`q`, `email`, `first_name`, `phone`…) looks
 * people up by their personal data, which is a permission of its own and audited with its reason.
 */
const PERSONAL_LISTS = [
  "/admin/customers",
  "/admin/customer-groups",
  "/admin/orders",
  "/admin/draft-orders",
  "/admin/returns",
  "/admin/claims",
  "/admin/exchanges",
  "/admin/payments",
  "/admin/notifications",
  "/admin/search",
  "/admin/order-changes",
]
const NEUTRAL_FILTERS = new Set([
  "limit",
  "offset",
  "order",
  "fields",
  "expand",
  "with_deleted",
  "id",
  "status",
  "created_at",
  "updated_at",
  "deleted_at",
  "is_draft_order",
  "fulfillment_status",
  "payment_status",
  "version",
])
const isNeutral = (key: string) => NEUTRAL_FILTERS.has(key) || key.endsWith("_id")
/** Sorting by a personal field is a search too: the order of the rows tells about the masked values. */
const PERSONAL_SORT = /email|name|phone|address|postal|company|city/i
const isPersonal = (key: string, value: unknown) =>
  key === "order" ? PERSONAL_SORT.test(String(value)) : !isNeutral(key) && value !== "" && value !== undefined

/** The header a search by personal data carries its reason in (Medusa's own query validators take no extra fields). */
export const REASON_HEADER = HEADERS.reason

async function personalSearch(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const personal = Object.keys(req.query ?? {}).filter((key) => isPersonal(key, req.query[key]))
  if (!personal.length) return next()
  const staff = req.helderStaff
  if (!allows(staff?.role, "personal-search")) {
    return res.status(403).json({
      type: "not_allowed",
      message: `Searching by personal data (${personal.join(", ")}) is not part of your role. Look an order up by its number instead.`,
    })
  }
  const reason = req.headers[REASON_HEADER]
  if (typeof reason !== "string" || reason.trim().length < 5) {
    return res.status(400).json({
      type: "invalid_data",
      message: `A search by personal data needs its reason in the ${REASON_HEADER} header (at least 5 characters).`,
    })
  }
  await recordAccessWorkflow(req.scope).run({
    input: {
      actor_type: "user",
      actor_id: staff!.userId,
      action: "personal-search",
      subject_type: "staff",
      subject_id: staff!.userId,
      reason: `${req.path} by ${personal.join(", ")}: ${reason.trim().slice(0, 500)}`,
    },
  })
  next()
}

/**
 * Order handling ships orders: on one order's page it sees the delivery address in clear, nothing else
 * personal, and the look is on the audit log.
 */
function deliveryAddressInClear(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const staff = req.helderStaff
  if (!staff || !allows(staff.role, "delivery-address")) return next()
  req.helderInClear = async (original, masked) => {
    const order = (original as { order?: { id?: string; shipping_address?: unknown } }).order
    if (!order?.id || !order.shipping_address) return
    await recordAccessWorkflow(req.scope).run({
      input: {
        actor_type: "user",
        actor_id: staff.userId,
        action: "view-delivery-address",
        subject_type: "order",
        subject_id: order.id,
        reason: "order handling: shipping",
      },
    })
    ;(masked as { order: { shipping_address: unknown } }).order.shipping_address = order.shipping_address
  }
  next()
}

const maskAll = maskResponse()
const maskContact = maskResponse({ alsoPersonal: ["name"] })

function maskUnlessInClear(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const path = req.originalUrl.split("?")[0] ?? ""
  if (IN_CLEAR.some((pattern) => pattern.test(path))) return next()
  return (CONTACT.test(path) ? maskContact : maskAll)(req, res, next)
}

/** Need-to-know on every admin answer that can carry personal data. */
export const needToKnowMiddlewares: MiddlewareRoute[] = [
  ...PERSONAL_LISTS.map((matcher): MiddlewareRoute => ({ method: ["GET"], matcher, middlewares: [personalSearch] })),
  { method: ["GET"], matcher: "/admin/orders/:id", middlewares: [deliveryAddressInClear] },
  { matcher: "/admin*", middlewares: [maskUnlessInClear, refuseMaskedWrites()] },
]
