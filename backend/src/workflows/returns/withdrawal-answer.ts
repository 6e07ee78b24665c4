import type { WithdrawalInput } from "@helder/schemas"
import type { WithdrawFromContractInput } from "./withdraw-from-contract"

/** The workflow's input from a withdrawal form: the confirmation box is the form's, not the statement's. */
export function withdrawalInput(
  orderId: string,
  body: WithdrawalInput,
  source: "customer" | "guest",
  statedAt?: Date,
): WithdrawFromContractInput {
  const { confirm: _confirmed, ...statement } = body
  return { order_id: orderId, ...statement, source, stated_at: statedAt?.toISOString() }
}

/** What a withdrawal route answers: the recorded notice, its return and the statement as recorded. */
export function withdrawalAnswer(result: {
  id: string
  return_id: string | null
  submitted_at: Date | string
  stated_at: Date | string | null
  statement: string
}) {
  const { id, return_id, submitted_at, stated_at, statement } = result
  return { withdrawal: { id, return_id, submitted_at, stated_at, statement } }
}
