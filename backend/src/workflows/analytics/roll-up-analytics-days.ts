import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { rollUpAnalyticsDaysStep } from "./steps/roll-up-analytics-days"

/** Keeps the daily totals of every statistics day completed by `as_of` (the shop's clock); idempotent. */
export const rollUpAnalyticsDaysWorkflow = createWorkflow("roll-up-analytics-days", (input: { as_of: string }) => {
  return new WorkflowResponse(rollUpAnalyticsDaysStep(input))
})
