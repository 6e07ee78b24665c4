import { updateCustomersWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateAccountProfileStep } from "./steps/update-account-profile"

export type UpdateProfileInput = {
  customer_id: string
  first_name: string
  last_name: string
  phone: string
  /** undefined leaves the birth date alone; null clears it. */
  birth_date?: string | null
}

/** Updates the customer's name and phone (Medusa's customer) and birth date (Helder's profile). */
export const updateProfileWorkflow = createWorkflow("update-profile", (input: UpdateProfileInput) => {
  updateCustomersWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      selector: { id: input.customer_id },
      update: { first_name: input.first_name, last_name: input.last_name, phone: input.phone },
    })),
  })
  when({ input }, ({ input }) => input.birth_date !== undefined).then(() => {
    updateAccountProfileStep(
      transform({ input }, ({ input }) => ({ customer_id: input.customer_id, birth_date: input.birth_date ?? null })),
    )
  })
  return new WorkflowResponse(null)
})
