import { updateCartsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { findOrCreateGuestCustomerStep } from "./steps/find-or-create-guest-customer"

/**
 * Links a cart that has no customer yet to the guest customer of an e-mail address. Medusa's cart
 * update would otherwise link it to the registered customer with that address, for anyone who types
 * it: the stranger then sees the account's name and phone, and places orders in the account.
 */
export const keepCartGuestWorkflow = createWorkflow("keep-cart-guest", (input: { cart_id: string; email: string }) => {
  const customerId = findOrCreateGuestCustomerStep({ email: input.email })
  const update = transform({ input, customerId }, ({ input, customerId }) => [
    { id: input.cart_id, customer_id: customerId },
  ])
  updateCartsStep(update)
  return new WorkflowResponse(customerId)
})
