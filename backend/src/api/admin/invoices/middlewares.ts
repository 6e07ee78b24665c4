import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../../lib/validation"
import { invoiceListQuerySchema } from "./validators"

/** Staff list and download invoices and credit notes (Medusa authenticates every /admin route). */
export const adminInvoiceMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/invoices", middlewares: [validateQuery(invoiceListQuerySchema)] },
]
