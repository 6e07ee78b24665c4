import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ContactMessageInput } from "@helder/schemas"
import { CONTACT_MODULE } from "../../../modules/contact"
import type ContactModuleService from "../../../modules/contact/service"
import { ANSWER_WITHIN_WORKING_DAYS, workingDaysAfter } from "../../../modules/contact/answer-term"
import { now } from "../../../lib/clock"

/** Stores a contact-form message for staff, due two working days later. */
export const createContactMessageStep = createStep(
  "create-contact-message",
  async (input: ContactMessageInput, { container }) => {
    const contact: ContactModuleService = container.resolve(CONTACT_MODULE)
    const message = await contact.createContactMessages({
      ...input,
      order_number: input.order_number ?? null,
      due_at: workingDaysAfter(now(), ANSWER_WITHIN_WORKING_DAYS),
    })
    return new StepResponse({ id: message.id }, message.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<ContactModuleService>(CONTACT_MODULE).deleteContactMessages(id)
  },
)
