import { MedusaError } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, cancelOrderWorkflow, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { now } from "../../lib/clock"
import { sellerFromEnv } from "../../modules/invoicing/seller"
import { ORDER_WINDOW_FIELDS, orderWindow } from "../../returns/withdrawal-window"
import { sendMailStep, type SendMailInput } from "../mail/steps/send-mail"
import { openReturnWorkflow } from "./open-return"
import { itemList, orderReturnsLock, RETURN_ORDER_FIELDS, returnsLockOwnerStep, type ReturnOrder } from "./return-order"
import { checkReturnItemsStep } from "./steps/check-return-items"
import {
  completeWithdrawalNoticeStep,
  createWithdrawalNoticeStep,
  type CreateWithdrawalNoticeInput,
} from "./steps/create-withdrawal-notice"
import { withdrawalStatement } from "./withdrawal-statement"
import { type Locale, formatMoment } from "@helder/contract"

export type WithdrawFromContractInput = {
  order_id: string
  name: string
  email: string
  order_reference: string
  items?: { id: string; quantity: number }[]
  locale: Locale
  source: "customer" | "guest"
  /**
   * When the statement was sent through the public withdrawal function (ISO, verified by the caller; never after now).
   */
  stated_at?: string
}

/** "#1001", "1001" and " #1001 " all name order 1001. */
const sameOrder = (reference: string, displayId: number | string) =>
  reference.trim().replace(/^#/, "") === String(displayId)

/**
 * The art. 11a withdrawal: checked against the period, recorded with the exact statement and its time,
 * a return opened for the goods, and the acknowledgement (content, date and time) mailed at once.
 */
export const withdrawFromContractWorkflow = createWorkflow(
  "withdraw-from-contract",
  (input: WithdrawFromContractInput) => {
    const owner = returnsLockOwnerStep()
    const lock = transform({ input, owner }, ({ input, owner }) => orderReturnsLock(input.order_id, owner))
    acquireLockStep(lock)
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: [...ORDER_WINDOW_FIELDS, ...RETURN_ORDER_FIELDS],
      filters: { id: input.order_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "load-withdrawal-order" })
    const order = transform({ orders, input }, ({ orders, input }) => {
      const order = orders[0] as ReturnOrder
      if (!sameOrder(input.order_reference, order.display_id)) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `order_reference: this is order #${order.display_id}`)
      }
      return order
    })
    // Sent in time is in time (art. 11(2)): a statement sent earlier is judged at its own moment.
    const statedAt = transform({ input }, ({ input }) =>
      input.stated_at && new Date(input.stated_at) <= now() ? input.stated_at : null,
    )
    const items = checkReturnItemsStep(
      transform({ order, input, statedAt }, ({ order, input, statedAt }) => ({
        order,
        purpose: "withdrawal" as const,
        items: input.items,
        at: statedAt ?? undefined,
      })),
    )
    const notice = transform(
      { input, order, items, statedAt },
      ({ input, order, items, statedAt }): CreateWithdrawalNoticeInput => {
        const titled = itemList(order, items)
        return {
          order_id: input.order_id,
          name: input.name,
          email: input.email,
          order_reference: input.order_reference,
          items: { lines: items.map((item, i) => ({ ...item, title: titled.split("\n")[i] ?? item.id })) },
          statement: withdrawalStatement(input.locale, {
            seller: sellerFromEnv().name,
            name: input.name,
            email: input.email,
            orderNumber: String(order.display_id),
            orderedOn: new Date(order.created_at).toISOString(),
            items: titled,
          }),
          locale: input.locale,
          source: input.source,
          submitted_at: now(),
          stated_at: statedAt ? new Date(statedAt) : null,
        }
      },
    )
    const recorded = createWithdrawalNoticeStep(notice)
    // Goods that left the warehouse come back through a return; an order nothing of which was sent is cancelled.
    const plan = transform({ order, items }, ({ order, items }) => {
      const allowances = orderWindow(order, now()).items
      const sent = new Map(allowances.map((item) => [item.id, item.sent]))
      const returnItems = items.flatMap((item) => {
        const quantity = Math.min(item.quantity, sent.get(item.id) ?? 0)
        return quantity > 0 ? [{ id: item.id, quantity, reason: "withdrawal" }] : []
      })
      const nothingSent = [...sent.values()].every((quantity) => quantity === 0)
      const withdrawn = new Map(items.map((item) => [item.id, item.quantity]))
      const coversEverything = allowances.every((item) => (withdrawn.get(item.id) ?? 0) >= item.withdrawable)
      return { returnItems, cancel: nothingSent && coversEverything }
    })
    const opened = when({ plan }, ({ plan }) => plan.returnItems.length > 0).then(() =>
      openReturnWorkflow.runAsStep({ input: { order_id: input.order_id, items: plan.returnItems } }),
    )
    when({ plan }, ({ plan }) => plan.cancel).then(() => {
      cancelOrderWorkflow.runAsStep({ input: { order_id: input.order_id } })
    })
    const mail = transform(
      { input, order, notice, opened, plan },
      ({ input, order, notice, opened, plan }): SendMailInput => {
        const received = new Date(notice.submitted_at)
        const stated = notice.stated_at ? new Date(notice.stated_at) : null
        const seller = sellerFromEnv()
        const address = [seller.name, ...seller.address_lines].join("\n")
        const nl = input.locale === "nl"
        const steps = [
          opened
            ? nl
              ? `We hebben er retour ${opened.id} voor geopend. Stuur de artikelen binnen 14 dagen terug naar:\n${address}`
              : `We have opened return ${opened.id} for it. Send the items back within 14 days to:\n${address}`
            : null,
          plan.cancel
            ? nl
              ? "Je bestelling was nog niet verzonden: we hebben haar geannuleerd."
              : "Your order had not been sent yet: we have cancelled it."
            : !opened
              ? nl
                ? "Wat nog niet verzonden is, sturen we niet meer."
                : "We will not send what has not left yet."
              : null,
        ].filter(Boolean)
        return {
          to: input.email,
          template: "withdrawal-received",
          locale: input.locale,
          data: {
            name: input.name,
            order_number: String(order.display_id),
            // The statement's own moment (art. 11a), with the confirmation's when that came later.
            received_at: stated
              ? `${formatMoment(stated, input.locale)} (${nl ? "bevestigd op" : "confirmed on"} ${formatMoment(received, input.locale)})`
              : formatMoment(received, input.locale),
            statement: notice.statement,
            next_steps: steps.join("\n\n"),
          },
          idempotency_key: `withdrawal-received:${notice.order_id}:${received.getTime()}`,
        }
      },
    )
    // Notice, return and cancellation are in: the next check sees them. The mails need no lock.
    releaseLockStep(lock)
    sendMailStep(mail)
    // The order's own address hears of it too when the statement named another one.
    when(
      { mail, order },
      ({ mail, order }) => Boolean(order.email) && order.email!.toLowerCase() !== mail.to.toLowerCase(),
    ).then(() => {
      sendMailStep(
        transform({ mail, order }, ({ mail, order }) => ({
          ...mail,
          to: order.email!,
          idempotency_key: `${mail.idempotency_key}:order`,
        })),
      ).config({
        name: "send-withdrawal-copy",
      })
    })
    const completed = completeWithdrawalNoticeStep(
      transform({ recorded, opened }, ({ recorded, opened }) => ({
        id: recorded.id,
        return_id: opened?.id ?? null,
        acknowledged_at: now(),
      })),
    )
    return new WorkflowResponse(completed)
  },
)
