import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { WithdrawalLinkRequest } from "@helder/schemas"
import { sendWithdrawalLinkWorkflow } from "../../../workflows/returns/send-withdrawal-link"

/**
 * POST /store/withdrawal-link — the public withdrawal function (art. 11a of Directive 2011/83): when the
 * order number and e-mail address belong together, the order's own address gets a link to its withdrawal
 * page, where one button confirms. The answer is the same either way, so the form reveals nothing about
 * who ordered what.
 */
export async function POST(req: MedusaRequest<WithdrawalLinkRequest>, res: MedusaResponse) {
  const { email, order_number, locale } = req.validatedBody
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "email"],
    filters: { display_id: String(order_number) },
  })
  const order = data.find((o) => o.email?.toLowerCase() === email)
  if (order) {
    // Not awaited: a pair that matches must not answer slower than one that does not.
    sendWithdrawalLinkWorkflow(req.scope)
      .run({ input: { order_id: order.id, locale } })
      .catch((error: Error) =>
        req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`withdrawal link failed: ${error.message}`),
      )
  }
  res.status(202).json({
    message:
      "If this order and e-mail address belong together, a link to confirm the withdrawal is on its way to the order's address.",
  })
}
