import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { newSecret } from "../../../lib/tokens"
import { ACCOUNT_MODULE } from "../../../modules/account"
import type AccountModuleService from "../../../modules/account/service"
import { SESSION_TTL_DAYS } from "../../../modules/account/session-term"

/** Opens a server-side session and returns its secret, which only the customer's cookie holds. */
export const createCustomerSessionStep = createStep(
  "create-customer-session",
  async (customerId: string, { container }) => {
    const account: AccountModuleService = container.resolve(ACCOUNT_MODULE)
    const { secret, hash } = newSecret()
    const now = new Date()
    const session = await account.createCustomerSessions({
      customer_id: customerId,
      secret_hash: hash,
      last_seen_at: now,
      expires_at: new Date(now.getTime() + SESSION_TTL_DAYS * 86_400_000),
    })
    return new StepResponse({ id: session.id, secret, expires_at: session.expires_at }, session.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<AccountModuleService>(ACCOUNT_MODULE).deleteCustomerSessions(id)
  },
)
