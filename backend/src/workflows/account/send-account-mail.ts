import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendAccountMailStep, type SendAccountMailInput } from "./steps/send-account-mail"

/** Sends one account mail on its own (a notice that needs no other write). */
export const sendAccountMailWorkflow = createWorkflow("send-account-mail", (input: SendAccountMailInput) => {
  return new WorkflowResponse(sendAccountMailStep(input))
})
