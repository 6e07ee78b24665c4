import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { sellerFromEnv } from "../../modules/invoicing/seller"
import { ORDER_WINDOW_FIELDS } from "../../returns/withdrawal-window"
import { sendMailStep, type SendMailInput } from "../mail/steps/send-mail"
import { openReturnWorkflow } from "./open-return"
import { checkReturnItemsStep } from "./steps/check-return-items"
import { itemList, orderReturnsLock, RETURN_ORDER_FIELDS, returnsLockOwnerStep, type ReturnOrder } from "./return-order"
import type { Locale } from "@helder/contract"

export type RequestReturnInput = {
  order_id: string
  items: { id: string; quantity: number; reason: string }[]
  note?: string
  locale: Locale
}

/** A shopper's return within the period: checked, opened on Medusa's return flow, instructions mailed. */
export const requestReturnWorkflow = createWorkflow("request-return", (input: RequestReturnInput) => {
  const owner = returnsLockOwnerStep()
  const lock = transform({ input, owner }, ({ input, owner }) => orderReturnsLock(input.order_id, owner))
  acquireLockStep(lock)
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: [...ORDER_WINDOW_FIELDS, ...RETURN_ORDER_FIELDS],
    filters: { id: input.order_id },
    options: { throwIfKeyNotFound: true },
  }).config({ name: "load-return-order" })
  const order = transform({ orders }, ({ orders }) => orders[0] as ReturnOrder)
  checkReturnItemsStep({ order, purpose: "return", items: input.items })
  const opened = openReturnWorkflow.runAsStep({
    input: { order_id: input.order_id, items: input.items, note: input.note },
  })
  const mail = transform({ input, order, opened }, ({ input, order, opened }): SendMailInput => {
    const seller = sellerFromEnv()
    return {
      to: order.email ?? "",
      template: "return-requested",
      locale: input.locale,
      data: {
        order_number: String(order.display_id),
        return_id: opened.id,
        items: itemList(order, input.items),
        address: [seller.name, ...seller.address_lines].join("\n"),
      },
      idempotency_key: `return-requested:${opened.id}`,
    }
  })
  // The return is open: others may check against it now. The mail needs no lock.
  releaseLockStep(lock)
  sendMailStep(mail)
  return new WorkflowResponse(opened)
})
