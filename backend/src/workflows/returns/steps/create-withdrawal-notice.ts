import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WITHDRAWAL_MODULE } from "../../../modules/withdrawal"
import type WithdrawalModuleService from "../../../modules/withdrawal/service"
import type { Locale } from "@helder/contract"

export type CreateWithdrawalNoticeInput = {
  order_id: string
  name: string
  email: string
  order_reference: string
  items: { lines: { id: string; quantity: number; title: string }[] }
  statement: string
  locale: Locale
  source: "customer" | "guest"
  submitted_at: Date
  stated_at: Date | null
}

/** Records the withdrawal; removed again if the rest of the workflow fails. */
export const createWithdrawalNoticeStep = createStep(
  "create-withdrawal-notice",
  async (input: CreateWithdrawalNoticeInput, { container }) => {
    const notice = await container.resolve<WithdrawalModuleService>(WITHDRAWAL_MODULE).createWithdrawalNotices(input)
    return new StepResponse(notice, notice.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<WithdrawalModuleService>(WITHDRAWAL_MODULE).deleteWithdrawalNotices(id)
  },
)

/** Links the notice to the return it opened and marks it acknowledged (the mail went out). */
export const completeWithdrawalNoticeStep = createStep(
  "complete-withdrawal-notice",
  async (input: { id: string; return_id: string | null; acknowledged_at: Date }, { container }) => {
    const notice = await container.resolve<WithdrawalModuleService>(WITHDRAWAL_MODULE).updateWithdrawalNotices(input)
    return new StepResponse(notice)
  },
)
