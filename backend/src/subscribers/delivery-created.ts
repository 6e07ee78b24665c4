import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendDeliveryNoticeWorkflow } from "../workflows/returns/send-delivery-notice"

/** A delivered parcel may start the withdrawal period: the shopper hears until when, with a fresh order link. */
export default async function deliveryCreatedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "fulfillment",
    fields: ["id", "order.id"],
    filters: { id: event.data.id },
  })
  const orderId = data[0]?.order?.id
  if (orderId)
    await sendDeliveryNoticeWorkflow(container).run({ input: { order_id: orderId, fulfillment_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "delivery.created" }
