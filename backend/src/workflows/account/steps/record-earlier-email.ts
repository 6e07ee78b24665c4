import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ACCOUNT_MODULE } from "../../../modules/account"
import type AccountModuleService from "../../../modules/account/service"

export type RecordEarlierEmailInput = { customer_id: string; email: string }

/**
 * Keeps the address a confirmed change replaced (its row stamped now), so export and erasure still find what the
 * shop holds under it; undo removes the record.
 */
export const recordEarlierEmailStep = createStep(
  "record-earlier-email",
  async (input: RecordEarlierEmailInput, { container }) => {
    const account: AccountModuleService = container.resolve(ACCOUNT_MODULE)
    const earlier = await account.createEarlierEmails({
      customer_id: input.customer_id,
      email: input.email.trim().toLowerCase(),
    })
    return new StepResponse(earlier.id, earlier.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<AccountModuleService>(ACCOUNT_MODULE).deleteEarlierEmails(id)
  },
)
