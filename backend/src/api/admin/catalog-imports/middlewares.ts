import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../../lib/validation"
import { catalogImportBodySchema } from "./validators"

/** Staff with the catalog permission import products from a CSV file (the surface table checks the role). */
export const adminCatalogImportMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/catalog-imports",
    // The file travels as JSON text, well beyond Medusa's default body limit.
    bodyParser: { sizeLimit: "25mb" },
    middlewares: [validateBody(catalogImportBodySchema)],
  },
]
