import { useTranslations } from "next-intl"
import type { OrderWindow } from "@helder/contract"

const MESSAGES = { expired: "closed", canceled: "closedCanceled", settled: "closedSettled" } as const

/**
 * Why an order can no longer be withdrawn from, in words that are true of it: only a period that ran out
 * is "over" (the 14-day promise); a cancelled or fully withdrawn order says so instead.
 */
export function WithdrawalClosed({
  reason,
  className,
  promiseScope,
}: {
  reason: NonNullable<OrderWindow["closed"]>
  className: string
  promiseScope?: "account"
}) {
  const t = useTranslations("returns")
  const promise =
    reason === "expired" ? { "data-promise-scope": promiseScope, "data-promise": "P-withdrawal-window" } : {}
  return (
    <p className={className} data-testid="withdrawal-closed" data-reason={reason} {...promise}>
      {t(MESSAGES[reason])}
    </p>
  )
}
