import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { issueInvoiceWorkflow } from "../workflows/invoicing/issue-invoice"

/** A placed order gets its invoice and the confirmation mail that carries it. */
export default async function orderPlacedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const { result } = await issueInvoiceWorkflow(container).run({ input: { order_id: event.data.id } })
  container.resolve("logger").info(`invoice ${result.number} issued for an order`)
}

export const config: SubscriberConfig = { event: "order.placed" }
