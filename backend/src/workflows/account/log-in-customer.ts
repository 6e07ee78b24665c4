import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCustomerSessionStep } from "./steps/create-customer-session"

/** Opens a session for a customer whose password was just checked. */
export const logInCustomerWorkflow = createWorkflow("log-in-customer", (customerId: string) => {
  return new WorkflowResponse(createCustomerSessionStep(customerId))
})
