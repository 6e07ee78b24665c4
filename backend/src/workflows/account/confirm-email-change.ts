import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { changeLoginEmailStep } from "./steps/change-login-email"
import { sendMailStep } from "../mail/steps/send-mail"
import { recordEarlierEmailStep } from "./steps/record-earlier-email"
import { useAccountTokenStep } from "./steps/use-account-token"
import type { Locale } from "@helder/contract"

/**
 * Follows the confirmation link: the new address becomes the login, the old one is told, and then kept as
 * an earlier address (after the notice, so the notice counts among what the shop holds under it).
 */
export const confirmEmailChangeWorkflow = createWorkflow(
  "confirm-email-change",
  (input: { token: string; locale: Locale }) => {
    const token = useAccountTokenStep(
      transform({ input }, ({ input }) => ({ secret: input.token, purpose: "change_email" as const })),
    )
    const changed = changeLoginEmailStep(
      transform({ token }, ({ token }) => ({ customer_id: token.customer_id, new_email: token.new_email ?? "" })),
    )
    sendMailStep(
      transform({ input, changed }, ({ input, changed }) => ({
        to: changed.old_email,
        template: "email-changed",
        locale: input.locale,
      })),
    )
    recordEarlierEmailStep(
      transform({ token, changed }, ({ token, changed }) => ({
        customer_id: token.customer_id,
        email: changed.old_email,
      })),
    )
    return new WorkflowResponse(transform({ token }, ({ token }) => ({ customer_id: token.customer_id })))
  },
)
