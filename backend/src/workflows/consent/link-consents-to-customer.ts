import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { linkConsentRecordsStep } from "./steps/link-consent-records"

/** After a login: the choices made under this browser's consent id join the customer's history. */
export const linkConsentsToCustomerWorkflow = createWorkflow(
  "link-consents-to-customer",
  (input: { consent_id: string; customer_id: string }) => {
    return new WorkflowResponse(linkConsentRecordsStep(input))
  },
)
