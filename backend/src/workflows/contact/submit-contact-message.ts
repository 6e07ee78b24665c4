import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ContactMessageInput } from "@helder/schemas"
import { sendMailStep } from "../mail/steps/send-mail"
import { createContactMessageStep } from "./steps/create-contact-message"

/** Stores a contact-form message and confirms receipt to the sender. */
export const submitContactMessageWorkflow = createWorkflow("submit-contact-message", (input: ContactMessageInput) => {
  const message = createContactMessageStep(input)
  sendMailStep(
    // Nothing the sender typed goes back in the mail: the address is not yet proven theirs, and a
    // confirmation that repeated a name or message would let anyone send their text in the shop's name.
    transform({ input }, ({ input }) => ({
      to: input.email,
      template: "contact-received",
      locale: input.locale,
      data: {},
    })),
  )
  return new WorkflowResponse(message)
})
