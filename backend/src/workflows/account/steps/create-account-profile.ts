import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ACCOUNT_MODULE } from "../../../modules/account"
import type AccountModuleService from "../../../modules/account/service"

export type CreateAccountProfileInput = { customer_id: string; birth_date?: string | null }

/** Creates the customer's Helder profile, unverified. */
export const createAccountProfileStep = createStep(
  "create-account-profile",
  async (input: CreateAccountProfileInput, { container }) => {
    const account: AccountModuleService = container.resolve(ACCOUNT_MODULE)
    const profile = await account.createAccountProfiles({
      customer_id: input.customer_id,
      birth_date: input.birth_date ?? null,
    })
    return new StepResponse(profile, profile.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<AccountModuleService>(ACCOUNT_MODULE).deleteAccountProfiles(id)
  },
)
