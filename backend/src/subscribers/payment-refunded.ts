import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { toCents } from "../modules/invoicing/amounts"
import { issueCreditNoteWorkflow } from "../workflows/invoicing/issue-credit-note"

/** Every refund gets its credit note against the order's invoice (once per refund, however often the event comes). */
export default async function paymentRefundedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: payments } = await query.graph({
    entity: "payment",
    fields: ["id", "refunds.id", "refunds.amount", "payment_collection.order.id", "payment_collection.order.status"],
    filters: { id: event.data.id },
  })
  const payment = payments[0]
  const order = payment?.payment_collection?.order
  if (!payment || !order) return
  for (const refund of payment.refunds ?? []) {
    if (!refund) continue
    await issueCreditNoteWorkflow(container).run({
      input: {
        order_id: order.id,
        source_key: `refund:${refund.id}`,
        reason: { kind: "refund", amount: toCents(refund.amount), order_canceled: order.status === "canceled" },
      },
    })
  }
  container.resolve("logger").info(`credit notes checked for ${payment.refunds?.length ?? 0} refund(s)`)
}

export const config: SubscriberConfig = { event: "payment.refunded" }
