import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createConsentRecordStep, type ConsentRecordInput } from "./steps/create-consent-record"

/** Stores a visitor's cookie choice as proof (the route has checked version, text hash and GPC). */
export const recordConsentWorkflow = createWorkflow("record-consent", (input: ConsentRecordInput) => {
  return new WorkflowResponse(createConsentRecordStep(input))
})
