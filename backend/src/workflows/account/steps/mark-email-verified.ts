import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ACCOUNT_MODULE } from "../../../modules/account"
import type AccountModuleService from "../../../modules/account/service"

/** Records that the customer proved they receive mail at their address. */
export const markEmailVerifiedStep = createStep(
  "mark-email-verified",
  async (customerId: string, { container }) => {
    const account: AccountModuleService = container.resolve(ACCOUNT_MODULE)
    const [profile] = await account.listAccountProfiles({ customer_id: customerId })
    if (!profile) return new StepResponse(null, null)
    await account.updateAccountProfiles({ id: profile.id, email_verified_at: profile.email_verified_at ?? new Date() })
    return new StepResponse(null, { id: profile.id, previous: profile.email_verified_at })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container
      .resolve<AccountModuleService>(ACCOUNT_MODULE)
      .updateAccountProfiles({ id: previous.id, email_verified_at: previous.previous })
  },
)
