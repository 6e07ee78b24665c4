import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createAccountTokenStep } from "./steps/create-account-token"
import { sendMailStep } from "../mail/steps/send-mail"
import { VERIFY_EMAIL_TTL_MINUTES } from "./register-customer"
import type { Locale } from "@helder/contract"

export type RequestEmailChangeInput = {
  customer_id: string
  new_email: string
  locale: Locale
  storefront_url: string
}

/** Mails a confirmation link to the new address; nothing changes until it is followed. */
export const requestEmailChangeWorkflow = createWorkflow("request-email-change", (input: RequestEmailChangeInput) => {
  const token = createAccountTokenStep(
    transform({ input }, ({ input }) => ({
      customer_id: input.customer_id,
      purpose: "change_email" as const,
      ttl_minutes: VERIFY_EMAIL_TTL_MINUTES,
      new_email: input.new_email,
    })),
  )
  sendMailStep(
    transform({ input, token }, ({ input, token }) => ({
      to: input.new_email,
      template: "email-change",
      locale: input.locale,
      secrets: { link: `${input.storefront_url}/${input.locale}/account/confirm-email?token=${token.secret}` },
    })),
  )
  return new WorkflowResponse(null)
})
