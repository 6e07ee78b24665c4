import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createAndCompleteReturnOrderWorkflow } from "@medusajs/medusa/core-flows"
import { prepareReturnStep, type PrepareReturnInput } from "./steps/prepare-return"

/** Opens a return on Medusa's return flow: requested now, received by staff in Medusa Admin. */
export const openReturnWorkflow = createWorkflow("open-return", (input: PrepareReturnInput) => {
  const request = prepareReturnStep(input)
  const opened = createAndCompleteReturnOrderWorkflow.runAsStep({ input: request })
  return new WorkflowResponse(opened)
})
