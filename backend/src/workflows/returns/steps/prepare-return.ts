import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { returnRouting } from "../../../returns/return-routing"

export type PrepareReturnInput = {
  order_id: string
  items: { id: string; quantity: number; reason: string }[]
  note?: string
}

/** Turns Helder's return request into Medusa's: reason ids for the reason values, the return option and location. */
export const prepareReturnStep = createStep("prepare-return", async (input: PrepareReturnInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: reasons } = await query.graph({ entity: "return_reason", fields: ["id", "value"] })
  const reasonId = new Map(reasons.map((reason) => [reason.value, reason.id]))
  const routing = await returnRouting(container)
  return new StepResponse({
    order_id: input.order_id,
    items: input.items.map((item) => ({
      id: item.id,
      quantity: item.quantity,
      reason_id: reasonId.get(item.reason) ?? null,
    })),
    return_shipping: { option_id: routing.option_id },
    location_id: routing.location_id,
    note: input.note ?? null,
  })
})
