import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ACCOUNT_MODULE } from "../../../modules/account"
import type AccountModuleService from "../../../modules/account/service"

/** Sets or clears the birth date on the customer's Helder profile. */
export const updateAccountProfileStep = createStep(
  "update-account-profile",
  async (input: { customer_id: string; birth_date: string | null }, { container }) => {
    const account: AccountModuleService = container.resolve(ACCOUNT_MODULE)
    const [profile] = await account.listAccountProfiles({ customer_id: input.customer_id })
    if (!profile) return new StepResponse(null, null)
    await account.updateAccountProfiles({ id: profile.id, birth_date: input.birth_date })
    return new StepResponse(null, { id: profile.id, birth_date: profile.birth_date })
  },
  async (previous, { container }) => {
    if (previous) await container.resolve<AccountModuleService>(ACCOUNT_MODULE).updateAccountProfiles(previous)
  },
)
