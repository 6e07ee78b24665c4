import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * How returns travel: the shipping option whose rules mark it `is_return`, and the stock location of
 * its fulfilment set, where the goods are received back into stock.
 */
export async function returnRouting(container: MedusaContainer): Promise<{ option_id: string; location_id: string }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "rules.attribute", "rules.value", "service_zone.fulfillment_set.location.id"],
  })
  const option = data.find((o) =>
    o.rules?.some((rule) => rule?.attribute === "is_return" && String(rule.value) === "true"),
  )
  const locationId = option?.service_zone?.fulfillment_set?.location?.id
  if (!option || !locationId)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "No return shipping option with a stock location is configured")
  return { option_id: option.id, location_id: locationId }
}
