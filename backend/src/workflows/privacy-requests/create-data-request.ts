import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { NewDataRequest } from "./data-request-row"
import { createDataRequestStep } from "./steps/create-data-request"
import { endNewsletterStep } from "./steps/end-newsletter"

/**
 * Records a data-subject request (from the account, or a staff deletion). An objection whose identity is
 * already proven (the account's session) ends the newsletter at once (art. 21(3)); the desk follows up.
 */
export const createDataRequestWorkflow = createWorkflow("create-data-request", (input: NewDataRequest) => {
  const request = createDataRequestStep(input)
  when(
    "objection-ends-newsletter",
    { input },
    ({ input }) => input.kind === "objection" && Boolean(input.identity_method),
  ).then(() => {
    endNewsletterStep(
      transform({ input }, ({ input }) => ({ email: input.email, customer_id: input.customer_id ?? null })),
    )
  })
  return new WorkflowResponse(request)
})
