import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { now } from "../../lib/clock"
import { orderLinkUrl } from "../../lib/order-link"
import { statementToken } from "../../lib/withdrawal-statement-token"
import { ORDER_WINDOW_FIELDS, orderWindow } from "../../returns/withdrawal-window"
import { sendMailStep, type SendMailInput } from "../mail/steps/send-mail"
import type { ReturnOrder } from "./return-order"
import type { Locale } from "@helder/contract"

/**
 * The public withdrawal function found the order: its own address gets a link to the order's withdrawal
 * page (a signed order link), while the order can still be withdrawn from. Nothing else changes, but the
 * link carries the signed moment of this statement: sent in time, it stays in time when confirmed later.
 */
export const sendWithdrawalLinkWorkflow = createWorkflow(
  "send-withdrawal-link",
  (input: { order_id: string; locale: Locale }) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: [...ORDER_WINDOW_FIELDS, "id", "display_id", "email"],
      filters: { id: input.order_id },
      options: { throwIfKeyNotFound: true },
    })
    const mail = transform({ orders, input }, ({ orders, input }): SendMailInput | null => {
      const order = orders[0] as ReturnOrder
      const statedAt = now()
      if (!order.email || !orderWindow(order, statedAt).can_withdraw) return null
      return {
        to: order.email,
        template: "withdrawal-link",
        locale: input.locale,
        data: { order_number: String(order.display_id) },
        secrets: {
          link: orderLinkUrl(order.id, input.locale, { withdrawalStatement: statementToken(order.id, statedAt) }),
        },
      }
    })
    when({ mail }, ({ mail }) => mail !== null).then(() => {
      sendMailStep(transform({ mail }, ({ mail }) => mail!))
    })
    return new WorkflowResponse(mail)
  },
)
