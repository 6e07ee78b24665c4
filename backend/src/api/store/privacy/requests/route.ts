import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { GuestRequest } from "@helder/schemas"
import { readBackendEnv } from "../../../../lib/env"
import { submitGuestRequestWorkflow } from "../../../../workflows/privacy-requests/submit-guest-request"

/**
 * POST /store/privacy/requests — a guest's export, erasure or correction request. When the order number
 * and e-mail address belong together, a verification link goes to that address. The answer is the same
 * either way, so the form reveals nothing about who ordered what.
 */
export async function POST(req: MedusaRequest<GuestRequest>, res: MedusaResponse) {
  const { kind, email, order_number, details, locale } = req.validatedBody
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "email"],
    filters: { display_id: String(order_number) },
  })
  const order = data.find((o) => o.email?.toLowerCase() === email)
  if (order) {
    // Not awaited: a pair that matches must not answer slower than one that does not.
    submitGuestRequestWorkflow(req.scope)
      .run({
        input: { kind, email, order_id: order.id, details, locale, storefront_url: readBackendEnv().STOREFRONT_URL },
      })
      .catch((error: Error) =>
        req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`guest privacy request failed: ${error.message}`),
      )
  }
  res
    .status(202)
    .json({ message: "If this order and e-mail address belong together, a link to confirm the request is on its way." })
}
