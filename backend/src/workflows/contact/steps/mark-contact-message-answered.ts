import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CONTACT_MODULE } from "../../../modules/contact"
import type ContactModuleService from "../../../modules/contact/service"

/** Marks a message answered by a staff member; answering twice keeps the first time. */
export const markContactMessageAnsweredStep = createStep(
  "mark-contact-message-answered",
  async (input: { id: string; user_id: string }, { container }) => {
    const contact: ContactModuleService = container.resolve(CONTACT_MODULE)
    const [message] = await contact.listContactMessages({ id: input.id })
    if (!message) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Contact message not found")
    if (message.answered_at) return new StepResponse(message, null)
    const updated = await contact.updateContactMessages({
      id: message.id,
      answered_at: new Date(),
      answered_by: input.user_id,
    })
    return new StepResponse(updated, message.id)
  },
  async (id, { container }) => {
    if (id)
      await container
        .resolve<ContactModuleService>(CONTACT_MODULE)
        .updateContactMessages({ id, answered_at: null, answered_by: null })
  },
)
