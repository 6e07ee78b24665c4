import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { scanAwaitingErasuresStep } from "./steps/scan-awaiting-erasures"

/** The night's residue check for the erasures that wait for it; checkErasuresJob finishes each with its scan. */
export const scanAwaitingErasuresWorkflow = createWorkflow("scan-awaiting-erasures", () => {
  return new WorkflowResponse(scanAwaitingErasuresStep())
})
