import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { claimOrderLinkStep } from "./steps/claim-order-link"

/**
 * The order id behind a just-completed cart, handed out once: the cart id is in every request the
 * shopper's browser makes, so it must not stay a key to the order (and its invoices) for months.
 */
export const claimOrderLinkWorkflow = createWorkflow("claim-order-link", (input: { cart_id: string }) => {
  return new WorkflowResponse(claimOrderLinkStep(input))
})
