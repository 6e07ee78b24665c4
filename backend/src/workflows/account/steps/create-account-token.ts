import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { newSecret } from "../../../lib/tokens"
import { ACCOUNT_MODULE } from "../../../modules/account"
import type AccountModuleService from "../../../modules/account/service"

export type AccountTokenPurpose = "verify_email" | "reset_password" | "change_email"

export type CreateAccountTokenInput = {
  customer_id: string
  purpose: AccountTokenPurpose
  ttl_minutes: number
  new_email?: string
}

/** Stores the hash of a new single-use token and returns the secret for the mailed link. */
export const createAccountTokenStep = createStep(
  "create-account-token",
  async (input: CreateAccountTokenInput, { container }) => {
    const account: AccountModuleService = container.resolve(ACCOUNT_MODULE)
    const { secret, hash } = newSecret()
    const token = await account.createAccountTokens({
      customer_id: input.customer_id,
      purpose: input.purpose,
      token_hash: hash,
      expires_at: new Date(Date.now() + input.ttl_minutes * 60_000),
      new_email: input.new_email ?? null,
    })
    return new StepResponse({ secret }, token.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<AccountModuleService>(ACCOUNT_MODULE).deleteAccountTokens(id)
  },
)
