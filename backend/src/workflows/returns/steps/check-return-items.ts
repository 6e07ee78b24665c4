import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { now } from "../../../lib/clock"
import { orderWindow, type WindowOrder } from "../../../returns/withdrawal-window"

export type CheckReturnItemsInput = {
  order: WindowOrder & { id: string }
  purpose: "return" | "withdrawal"
  /** Without items (a withdrawal), everything not yet sent back. */
  items?: { id: string; quantity: number }[]
  /** The moment to judge the period at (ISO): a withdrawal statement sent earlier; else the shop's clock. */
  at?: string
}

const refuse = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

/**
 * Checks a return or withdrawal against the order's window and quantities, at the given moment, and
 * answers the lines and quantities it covers. Refusals say why (period over, nothing delivered, too many).
 */
export const checkReturnItemsStep = createStep("check-return-items", async (input: CheckReturnItemsInput) => {
  const at = input.at ? new Date(input.at) : now()
  const window = orderWindow(input.order, at)
  const allowed = new Map(
    window.items.map((item) => [item.id, input.purpose === "withdrawal" ? item.withdrawable : item.returnable]),
  )
  const open = input.purpose === "withdrawal" ? window.can_withdraw : window.can_return
  if (!open) {
    if (window.deadline && at > new Date(window.deadline)) {
      throw refuse(`The 14-day withdrawal period for this order ended on ${window.deadline.slice(0, 10)}.`)
    }
    throw refuse(
      input.purpose === "return"
        ? "Nothing of this order has been delivered yet, or everything has been sent back."
        : "Everything of this order has already been sent back or cancelled.",
    )
  }
  const items =
    input.items ?? [...allowed].filter(([, quantity]) => quantity > 0).map(([id, quantity]) => ({ id, quantity }))
  for (const item of items) {
    const max = allowed.get(item.id)
    if (max === undefined)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `items: ${item.id} is not a line of this order`)
    if (item.quantity > max)
      throw refuse(
        `items: at most ${max} of ${item.id} can be ${input.purpose === "return" ? "returned" : "withdrawn from"}`,
      )
  }
  return new StepResponse(items)
})
