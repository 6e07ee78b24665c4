import type { MiddlewareRoute } from "@medusajs/framework/http"
import { maskResponse, refuseMaskedWrites } from "../../../lib/masking"
import { validateBody, validateQuery } from "../../../lib/validation"
import {
  auditListQuerySchema,
  deskActionSchema,
  logRequestSchema,
  noticeUpdateSchema,
  requestListQuerySchema,
  revealSchema,
  staffExportSchema,
} from "./validators"

/**
 * Where Medusa Admin shows customers' personal data: the customer and order views, and every other
 * route that can return a customer, an address or a mail recipient (search, notifications, workflow
 * runs, returns and the like). Masked until a staff member reveals it.
 */
const PERSONAL_VIEWS = [
  "/admin/customers*", "/admin/customer-groups*", "/admin/orders*", "/admin/draft-orders*", "/admin/order-edits*", "/admin/order-changes*",
  "/admin/returns*", "/admin/claims*", "/admin/exchanges*", "/admin/payments*", "/admin/payment-collections*", "/admin/fulfillments*",
  "/admin/notifications*", "/admin/workflows-executions*", "/admin/search*", "/admin/index*",
]

/** The privacy desk, the audit log, and need-to-know masking of Medusa's own customer and order views. */
export const adminPrivacyMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/privacy-requests", middlewares: [validateQuery(requestListQuerySchema)] },
  { method: ["POST"], matcher: "/admin/privacy-requests", middlewares: [validateBody(logRequestSchema)] },
  { method: ["POST"], matcher: "/admin/privacy-requests/:id/actions", middlewares: [validateBody(deskActionSchema)] },
  { method: ["POST"], matcher: "/admin/privacy-requests/:id/export", middlewares: [validateBody(staffExportSchema)] },
  { method: ["POST"], matcher: "/admin/privacy-requests/:id/erase", middlewares: [validateBody(staffExportSchema)] },
  { method: ["POST"], matcher: "/admin/privacy-requests/:id/notices/:notice_id", middlewares: [validateBody(noticeUpdateSchema)] },
  { method: ["POST"], matcher: "/admin/privacy/reveal", middlewares: [validateBody(revealSchema)] },
  { method: ["GET"], matcher: "/admin/audit-events", middlewares: [validateQuery(auditListQuerySchema)] },
  ...PERSONAL_VIEWS.flatMap((matcher): MiddlewareRoute[] => [
    { matcher, middlewares: [maskResponse()] },
    { method: ["POST"], matcher, middlewares: [refuseMaskedWrites()] },
  ]),
]
