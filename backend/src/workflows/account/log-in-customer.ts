import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCustomerSessionStep } from "./steps/create-customer-session"
import { recordLoginStep } from "./steps/record-login"

/**
 * Opens a session for a customer whose password was just checked, and notes the login (which ends an inactivity
 * warning).
 */
export const logInCustomerWorkflow = createWorkflow("log-in-customer", (customerId: string) => {
  const session = createCustomerSessionStep(customerId)
  recordLoginStep(customerId)
  return new WorkflowResponse(session)
})
