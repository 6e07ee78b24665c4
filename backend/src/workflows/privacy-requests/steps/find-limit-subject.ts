import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Whom a restriction or objection reaches besides its address: the account registered under it, so a
 * logged-in visit is recognised. Only reads, so nothing to compensate.
 */
export const findLimitSubjectStep = createStep(
  "find-limit-subject",
  async ({ email }: { email: string | null }, { container }) => {
    if (!email) return new StepResponse({ customer_id: null as string | null })
    const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ email, has_account: true }, { select: ["id"], take: 1 })
    return new StepResponse({ customer_id: customer?.id ?? null })
  }
)
