import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { OrderLookupQuery } from "./validators"

/**
 * GET /admin/order-lookup?number=1042 — customer service finds the order a shopper names by its number,
 * without searching by personal data (`q=` on /admin/orders is a permission of its own). Masked like
 * every order view.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, OrderLookupQuery>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "status",
      "created_at",
      "currency_code",
      "total",
      "email",
      "items.title",
      "items.quantity",
      "shipping_address.country_code",
    ],
    // Medusa types display_id filters as text; PostgreSQL compares the number as the column's own type.
    filters: { display_id: String(req.validatedQuery.number) },
  })
  if (!data[0])
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no order number ${req.validatedQuery.number}.`)
  res.json({ order: data[0] })
}
