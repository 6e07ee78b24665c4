import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { changeLoginEmailStep } from "./steps/change-login-email"
import { sendMailStep } from "../mail/steps/send-mail"
import { useAccountTokenStep } from "./steps/use-account-token"

/** Follows the confirmation link: the new address becomes the login, and the old one is told. */
export const confirmEmailChangeWorkflow = createWorkflow("confirm-email-change", (input: { token: string; locale: "nl" | "en" }) => {
  const token = useAccountTokenStep(transform({ input }, ({ input }) => ({ secret: input.token, purpose: "change_email" as const })))
  const changed = changeLoginEmailStep(
    transform({ token }, ({ token }) => ({ customer_id: token.customer_id, new_email: token.new_email ?? "" }))
  )
  sendMailStep(
    transform({ input, changed }, ({ input, changed }) => ({ to: changed.old_email, template: "email-changed", locale: input.locale }))
  )
  return new WorkflowResponse(transform({ token }, ({ token }) => ({ customer_id: token.customer_id })))
})
