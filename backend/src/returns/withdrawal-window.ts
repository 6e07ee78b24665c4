/** The statutory withdrawal period: 14 days from the day the (last) goods were received. */
export const WITHDRAWAL_DAYS = 14

/** Where an order stands in its withdrawal period, as the order page and the return routes see it. */
export type WithdrawalWindow = {
  /** When the last delivery arrived; null while anything is still on its way or not yet sent. */
  delivered_at: string | null
  /** The last moment to withdraw or return; null until delivery starts the clock. */
  deadline: string | null
  /** The art. 11a withdrawal function: open from the order until the deadline. */
  can_withdraw: boolean
  /** Returning goods: only once they are delivered, until the deadline. */
  can_return: boolean
  /**
   * Why the withdrawal function is closed, so the order page says the true reason: the period ran out,
   * the order was cancelled, or every unit is already withdrawn or on its way back. Null while open.
   */
  closed: "expired" | "canceled" | "settled" | null
}

type Delivery = { delivered_at?: string | Date | null; canceled_at?: string | Date | null }

/**
 * The period ends at the end of the 14th day after delivery, Amsterdam time (a day counts whole).
 * With goods delivered in several parts, it runs from the last part (Directive 2011/83, art. 9(2)(b)).
 */
export function withdrawalWindow(
  deliveries: Delivery[],
  now: Date,
  { allDelivered }: { allDelivered: boolean },
): WithdrawalWindow {
  const live = deliveries.filter((d) => !d.canceled_at)
  const times = live.map((d) => (d.delivered_at ? new Date(d.delivered_at).getTime() : null))
  const lastDelivery =
    allDelivered && times.length && times.every((t) => t !== null) ? Math.max(...(times as number[])) : null
  const deadline =
    lastDelivery === null ? null : endOfDayInAmsterdam(new Date(lastDelivery + WITHDRAWAL_DAYS * 24 * 60 * 60 * 1000))
  const open = deadline === null || now.getTime() <= deadline.getTime()
  return {
    delivered_at: lastDelivery === null ? null : new Date(lastDelivery).toISOString(),
    deadline: deadline?.toISOString() ?? null,
    can_withdraw: open,
    can_return: open && times.some((t) => t !== null),
    closed: open ? null : "expired",
  }
}

/** 23:59:59.999 on the same calendar day in Amsterdam. */
function endOfDayInAmsterdam(moment: Date): Date {
  const day = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Amsterdam",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(moment)
  const utcGuess = new Date(`${day}T23:59:59.999Z`)
  // Amsterdam is UTC+1 or UTC+2: subtract the offset that applies on that day.
  const offsetHours =
    Number(
      new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Amsterdam", hour: "2-digit", hourCycle: "h23" }).format(
        new Date(`${day}T12:00:00Z`),
      ),
    ) - 12
  return new Date(utcGuess.getTime() - offsetHours * 60 * 60 * 1000)
}

type Quantity = number | string | { valueOf(): number } | null | undefined

/** The order fields the window needs, as Query returns them with ORDER_WINDOW_FIELDS. */
export type WindowItem = {
  id: string
  quantity: Quantity
  detail?: {
    quantity?: Quantity
    fulfilled_quantity?: Quantity
    delivered_quantity?: Quantity
    return_requested_quantity?: Quantity
    return_received_quantity?: Quantity
    return_dismissed_quantity?: Quantity
  } | null
}

export type WindowOrder = {
  status?: string | null
  items?: (WindowItem | null)[] | null
  fulfillments?: ({ delivered_at?: string | Date | null; canceled_at?: string | Date | null } | null)[] | null
}

export const ORDER_WINDOW_FIELDS = [
  "status",
  "items.id",
  "items.quantity",
  "items.detail.quantity",
  "items.detail.fulfilled_quantity",
  "items.detail.delivered_quantity",
  "items.detail.return_requested_quantity",
  "items.detail.return_received_quantity",
  "items.detail.return_dismissed_quantity",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
]

/**
 * Per order line: how many units may still be withdrawn from (all not yet sent back), returned (delivered
 * ones), and of the withdrawable ones how many have left the warehouse (those need a return, the rest a cancellation).
 */
export type ItemAllowance = { id: string; withdrawable: number; returnable: number; sent: number }

/** The window of an order and what each of its lines allows; a cancelled order allows nothing. */
export function orderWindow(order: WindowOrder, now: Date): WithdrawalWindow & { items: ItemAllowance[] } {
  const items = (order.items ?? []).flatMap((item) => (item ? [item] : []))
  const n = (value: Quantity) => Number(value ?? 0)
  const allowances = items.map((item) => {
    const quantity = n(item.detail?.quantity ?? item.quantity)
    const away =
      n(item.detail?.return_requested_quantity) +
      n(item.detail?.return_received_quantity) +
      n(item.detail?.return_dismissed_quantity)
    return {
      id: item.id,
      quantity,
      fulfilled: n(item.detail?.fulfilled_quantity),
      delivered: n(item.detail?.delivered_quantity),
      away,
    }
  })
  const allDelivered = allowances.length > 0 && allowances.every((a) => a.delivered >= a.quantity)
  const deliveries = (order.fulfillments ?? []).flatMap((f) => (f ? [f] : []))
  const window = withdrawalWindow(deliveries, now, { allDelivered })
  // An order whose lines staff edited down to nothing is, for the shopper, as good as cancelled.
  const canceled = order.status === "canceled" || !allowances.some((a) => a.quantity > 0)
  const settled = !allowances.some((a) => a.quantity > a.away)
  return {
    ...window,
    can_withdraw: window.can_withdraw && !canceled && !settled,
    closed: canceled ? "canceled" : (window.closed ?? (settled ? "settled" : null)),
    can_return: window.can_return && !canceled && allowances.some((a) => a.delivered > a.away),
    items: allowances.map((a) => ({
      id: a.id,
      withdrawable: canceled ? 0 : Math.max(0, a.quantity - a.away),
      returnable: canceled ? 0 : Math.max(0, a.delivered - a.away),
      sent: canceled ? 0 : Math.max(0, a.fulfilled - a.away),
    })),
  }
}
