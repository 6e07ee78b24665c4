import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendMailStep, type SendMailInput } from "./steps/send-mail"

/** Sends one mail on its own (a notice that needs no other write). */
export const sendMailWorkflow = createWorkflow("send-mail", (input: SendMailInput) => {
  return new WorkflowResponse(sendMailStep(input))
})
