import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createAccountTokenStep } from "./steps/create-account-token"
import { sendMailStep } from "../mail/steps/send-mail"
import type { Locale } from "@helder/contract"

/** A reset link works once and for one hour. */
export const RESET_PASSWORD_TTL_MINUTES = 60

export type RequestPasswordResetInput = {
  customer_id: string
  email: string
  locale: Locale
  storefront_url: string
}

/** Mails a single-use link to set a new password. */
export const requestPasswordResetWorkflow = createWorkflow(
  "request-password-reset",
  (input: RequestPasswordResetInput) => {
    const token = createAccountTokenStep(
      transform({ input }, ({ input }) => ({
        customer_id: input.customer_id,
        purpose: "reset_password" as const,
        ttl_minutes: RESET_PASSWORD_TTL_MINUTES,
      })),
    )
    sendMailStep(
      transform({ input, token }, ({ input, token }) => ({
        to: input.email,
        template: "password-reset",
        locale: input.locale,
        secrets: { link: `${input.storefront_url}/${input.locale}/account/reset-password?token=${token.secret}` },
      })),
    )
    return new WorkflowResponse(null)
  },
)
