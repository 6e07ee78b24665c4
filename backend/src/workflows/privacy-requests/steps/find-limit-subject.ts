import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { accountHoldingAt } from "../../../personal-data/data-subject"

/**
 * Whom a restriction or objection reaches besides its address: the account that logged in with it when
 * the request came in (not whoever holds the address by the time the desk acts), so a logged-in visit is
 * recognised. Only reads, so nothing to compensate.
 */
export const findLimitSubjectStep = createStep(
  "find-limit-subject",
  async ({ email, received_at }: { email: string | null; received_at: Date | string }, { container }) => {
    return new StepResponse({
      customer_id: email ? await accountHoldingAt(container, email, new Date(received_at)) : null,
    })
  },
)
