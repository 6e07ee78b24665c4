import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { revokeCustomerSessionsStep, type RevokeCustomerSessionsInput } from "./steps/revoke-customer-sessions"

/** Ends one session (logout) or all of a customer's sessions but one (after a password change). */
export const logOutCustomerWorkflow = createWorkflow("log-out-customer", (input: RevokeCustomerSessionsInput) => {
  return new WorkflowResponse(revokeCustomerSessionsStep(input))
})
