import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { issueCreditNoteWorkflow } from "../workflows/invoicing/issue-credit-note"

/**
 * A cancelled order's invoice is credited in full. When money had been captured, the refunds that the
 * cancellation makes carry their own credit notes instead (payment-refunded), so nothing is credited twice.
 */
export default async function orderCanceledHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "payment_collections.payments.captured_at"],
    filters: { id: event.data.id },
  })
  const captured = (orders[0]?.payment_collections ?? []).some((c) => c?.payments?.some((p) => p?.captured_at))
  if (captured) return
  await issueCreditNoteWorkflow(container).run({
    input: { order_id: event.data.id, source_key: `cancel:${event.data.id}`, reason: { kind: "cancel" } },
  })
}

export const config: SubscriberConfig = { event: "order.canceled" }
