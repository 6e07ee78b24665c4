import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { requestSubject } from "../../../personal-data/data-subject"
import { openOrders, type OpenOrder } from "../../../personal-data/open-orders"

export type FindOpenOrdersInput = {
  request: { id: string; customer_id: string | null; email: string | null }
  /** The run's moment (ISO): return windows are judged at it. */
  at: string
}

const DAY = 24 * 60 * 60 * 1000

/** When to look again: just after the earliest return window closes, or tomorrow for goods still on their way. */
function retryAt(open: OpenOrder[], at: Date): Date {
  const ends = open.map((o) => (o.until ? new Date(o.until).getTime() + 60_000 : at.getTime() + DAY))
  return new Date(Math.min(...ends))
}

/** The erasure subject's orders that are still open, and when to look again if any are; reads only. */
export const findOpenOrdersStep = createStep(
  "find-open-orders",
  async ({ request, at }: FindOpenOrdersInput, { container }) => {
    const subject = await requestSubject(container, request)
    const open = await openOrders(container, subject.orderIds, new Date(at))
    return new StepResponse({
      open: open.length > 0,
      retry_at: open.length ? retryAt(open, new Date(at)).toISOString() : null,
      reason: `open orders: ${open.map((o) => `#${o.display_id} (${o.reason})`).join(", ")}`,
      orders: open.map((o) => `#${o.display_id}`).join(", "),
    })
  },
)
