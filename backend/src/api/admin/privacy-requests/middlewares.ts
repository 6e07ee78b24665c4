import type { MiddlewareRoute } from "@medusajs/framework/http"
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

/** The privacy desk and the audit log. */
export const adminPrivacyMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/privacy-requests", middlewares: [validateQuery(requestListQuerySchema)] },
  { method: ["POST"], matcher: "/admin/privacy-requests", middlewares: [validateBody(logRequestSchema)] },
  { method: ["POST"], matcher: "/admin/privacy-requests/:id/actions", middlewares: [validateBody(deskActionSchema)] },
  { method: ["POST"], matcher: "/admin/privacy-requests/:id/export", middlewares: [validateBody(staffExportSchema)] },
  { method: ["POST"], matcher: "/admin/privacy-requests/:id/erase", middlewares: [validateBody(staffExportSchema)] },
  {
    method: ["POST"],
    matcher: "/admin/privacy-requests/:id/notices/:notice_id",
    middlewares: [validateBody(noticeUpdateSchema)],
  },
  { method: ["POST"], matcher: "/admin/privacy/reveal", middlewares: [validateBody(revealSchema)] },
  { method: ["GET"], matcher: "/admin/audit-events", middlewares: [validateQuery(auditListQuerySchema)] },
]
