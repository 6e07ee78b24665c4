import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { revokeCustomerSessionsStep } from "./steps/revoke-customer-sessions"
import { sendMailStep } from "../mail/steps/send-mail"
import { updatePasswordStep } from "./steps/update-password"
import { useAccountTokenStep } from "./steps/use-account-token"
import type { Locale } from "@helder/contract"

export type ChangePasswordInput = {
  customer_id: string
  email: string
  password: string
  locale: Locale
  /** A reset link's secret; without it the caller has already checked the current password. */
  reset_token?: string
  /** The session that asked for the change stays open; every other session ends. */
  keep_session_id?: string
}

/** Sets a new password (by reset link or from the account), ends the other sessions, and tells the customer. */
export const changePasswordWorkflow = createWorkflow("change-password", (input: ChangePasswordInput) => {
  when({ input }, ({ input }) => Boolean(input.reset_token)).then(() => {
    useAccountTokenStep(
      transform({ input }, ({ input }) => ({ secret: input.reset_token ?? "", purpose: "reset_password" as const })),
    )
  })
  updatePasswordStep(transform({ input }, ({ input }) => ({ email: input.email, password: input.password })))
  revokeCustomerSessionsStep(
    transform({ input }, ({ input }) => ({ customer_id: input.customer_id, except_session_id: input.keep_session_id })),
  )
  sendMailStep(
    transform({ input }, ({ input }) => ({ to: input.email, template: "password-changed", locale: input.locale })),
  )
  return new WorkflowResponse(null)
})
