import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { localeOr, formatDocumentDate } from "@helder/contract"
import { now } from "../../lib/clock"
import { orderLinkUrl } from "../../lib/order-link"
import { ORDER_WINDOW_FIELDS, orderWindow } from "../../returns/withdrawal-window"
import { sendMailStep, type SendMailInput } from "../mail/steps/send-mail"
import type { ReturnOrder } from "./return-order"

/**
 * When the last parcel of an order is delivered the 14 days start: the shopper is told until when, with
 * a fresh order link that works past that deadline (the one in the confirmation may expire sooner).
 */
export const sendDeliveryNoticeWorkflow = createWorkflow(
  "send-delivery-notice",
  (input: { order_id: string; fulfillment_id: string }) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: [...ORDER_WINDOW_FIELDS, "id", "display_id", "email", "locale", "metadata"],
      filters: { id: input.order_id },
      options: { throwIfKeyNotFound: true },
    })
    const mail = transform({ orders, input }, ({ orders, input }): SendMailInput | null => {
      const order = orders[0] as ReturnOrder & { locale?: string | null; metadata?: Record<string, unknown> | null }
      const window = orderWindow(order, now())
      if (!window.deadline || !order.email) return null
      // Medusa's own field since the checkout sets it; orders placed before carry the language in metadata.
      const locale = localeOr(order.locale ?? order.metadata?.locale)
      return {
        to: order.email,
        template: "order-delivered",
        locale,
        data: { order_number: String(order.display_id), deadline: formatDocumentDate(window.deadline, locale) },
        secrets: { link: orderLinkUrl(order.id, locale, { validUntil: window.deadline }) },
        idempotency_key: `order-delivered:${input.fulfillment_id}`,
      }
    })
    when({ mail }, ({ mail }) => mail !== null).then(() => {
      sendMailStep(transform({ mail }, ({ mail }) => mail!))
    })
    return new WorkflowResponse(mail)
  },
)
