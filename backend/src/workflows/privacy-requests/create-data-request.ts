import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { NewDataRequest } from "../../lib/data-requests"
import { createDataRequestStep } from "./steps/create-data-request"

/** Records a data-subject request (from the privacy desk, a guest form or a staff deletion). */
export const createDataRequestWorkflow = createWorkflow("create-data-request", (input: NewDataRequest) => {
  return new WorkflowResponse(createDataRequestStep(input))
})
