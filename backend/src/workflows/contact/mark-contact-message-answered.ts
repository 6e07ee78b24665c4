import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { markContactMessageAnsweredStep } from "./steps/mark-contact-message-answered"

/** Staff mark a contact message answered; the retention clock starts then. */
export const markContactMessageAnsweredWorkflow = createWorkflow(
  "mark-contact-message-answered",
  (input: { id: string; user_id: string }) => {
    return new WorkflowResponse(markContactMessageAnsweredStep(input))
  },
)
