import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { claimGuestOrdersStep } from "./steps/claim-guest-orders"
import { markEmailVerifiedStep } from "./steps/mark-email-verified"
import { useAccountTokenStep } from "./steps/use-account-token"

/** Spends a verification link: the account can log in and takes over its guest orders. */
export const verifyCustomerEmailWorkflow = createWorkflow("verify-customer-email", (input: { token: string }) => {
  const token = useAccountTokenStep(
    transform({ input }, ({ input }) => ({ secret: input.token, purpose: "verify_email" as const })),
  )
  const customerId = transform({ token }, ({ token }) => token.customer_id)
  markEmailVerifiedStep(customerId)
  const claimed = claimGuestOrdersStep(customerId)
  return new WorkflowResponse({ customer_id: customerId, claimed_orders: claimed })
})
