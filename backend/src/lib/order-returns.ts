import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { ReturnRequestInput, WithdrawalInput } from "@helder/schemas"
import { requestReturnWorkflow } from "../workflows/returns/request-return"
import { withdrawFromContractWorkflow } from "../workflows/returns/withdraw-from-contract"

/**
 * Returns and withdrawals of one order run one at a time (Medusa's locking, Redis when configured), so
 * two sent at the same instant cannot both pass the quantity check; the second sees what the first took.
 */
function oneAtATime<T>(scope: MedusaContainer, orderId: string, job: () => Promise<T>): Promise<T> {
  return scope.resolve(Modules.LOCKING).execute(`order-returns:${orderId}`, job, { timeout: 30 })
}

/** Runs a shopper's return request on an order the caller has already been allowed to see. */
export async function requestReturn(scope: MedusaContainer, orderId: string, body: ReturnRequestInput) {
  const { result } = await oneAtATime(scope, orderId, () =>
    requestReturnWorkflow(scope).run({ input: { order_id: orderId, ...body } }),
  )
  return { return: { id: result.id, status: result.status } }
}

/**
 * Runs a withdrawal on an order the caller has already been allowed to see; `statedAt` is the verified
 * moment of a statement sent earlier through the public withdrawal function.
 */
export async function withdraw(
  scope: MedusaContainer,
  orderId: string,
  body: WithdrawalInput,
  source: "customer" | "guest",
  statedAt?: Date,
) {
  const { confirm: _confirmed, ...statement } = body
  const { result } = await oneAtATime(scope, orderId, () =>
    withdrawFromContractWorkflow(scope).run({
      input: { order_id: orderId, ...statement, source, stated_at: statedAt?.toISOString() },
    }),
  )
  return {
    withdrawal: {
      id: result.id,
      return_id: result.return_id,
      submitted_at: result.submitted_at,
      stated_at: result.stated_at,
      statement: result.statement,
    },
  }
}
