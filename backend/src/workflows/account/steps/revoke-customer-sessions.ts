import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ACCOUNT_MODULE } from "../../../modules/account"
import type AccountModuleService from "../../../modules/account/service"

export type RevokeCustomerSessionsInput = {
  customer_id: string
  /** Revoke only this session (logout); without it, every session… */
  session_id?: string
  /** …except this one (a password change keeps the session that made it). */
  except_session_id?: string
}

/** Ends sessions server-side: a revoked session's cookie is worthless from then on. */
export const revokeCustomerSessionsStep = createStep(
  "revoke-customer-sessions",
  async (input: RevokeCustomerSessionsInput, { container }) => {
    const account: AccountModuleService = container.resolve(ACCOUNT_MODULE)
    const sessions = await account.listCustomerSessions({
      customer_id: input.customer_id,
      revoked_at: null,
      ...(input.session_id ? { id: input.session_id } : {}),
    })
    const ids = sessions.map((s) => s.id).filter((id) => id !== input.except_session_id)
    if (ids.length > 0) await account.updateCustomerSessions(ids.map((id) => ({ id, revoked_at: new Date() })))
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container
      .resolve<AccountModuleService>(ACCOUNT_MODULE)
      .updateCustomerSessions(ids.map((id) => ({ id, revoked_at: null })))
  },
)
