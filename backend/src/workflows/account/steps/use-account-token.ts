import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { now as clock } from "../../../lib/clock"
import { hashSecret } from "../../../lib/tokens"
import { ACCOUNT_MODULE } from "../../../modules/account"
import type AccountModuleService from "../../../modules/account/service"
import type { AccountTokenPurpose } from "./create-account-token"

export type UseAccountTokenInput = { secret: string; purpose: AccountTokenPurpose; now?: Date }

/**
 * Spends a mailed token: it must exist for this purpose, be unused and unexpired. Unknown, used and
 * expired tokens get the same answer, so the response tells an attacker nothing.
 */
export const useAccountTokenStep = createStep(
  "use-account-token",
  async (input: UseAccountTokenInput, { container }) => {
    const account: AccountModuleService = container.resolve(ACCOUNT_MODULE)
    const now = input.now ?? clock()
    const [token] = await account.listAccountTokens({ token_hash: hashSecret(input.secret), purpose: input.purpose })
    if (!token || token.used_at || new Date(token.expires_at) <= now) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "This link is invalid or has expired.")
    }
    await account.updateAccountTokens({ id: token.id, used_at: now })
    return new StepResponse({ customer_id: token.customer_id, new_email: token.new_email }, token.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<AccountModuleService>(ACCOUNT_MODULE).updateAccountTokens({ id, used_at: null })
  },
)
