import { model } from "@medusajs/framework/utils"

/**
 * A message sent through the contact form. Kept until six months after it was answered (the
 * retention engine deletes it then), so it holds only what the sender typed.
 */
const ContactMessage = model.define("contact_message", {
  id: model.id({ prefix: "cmsg" }).primaryKey(),
  name: model.text(),
  email: model.text().index(),
  order_number: model.text().nullable(),
  message: model.text(),
  locale: model.text().default("nl"),
  /**
   * When it must be answered: two working days after it arrived (the promise on the contact page and in the
   * confirmation).
   */
  due_at: model.dateTime().nullable(),
  answered_at: model.dateTime().nullable(),
  answered_by: model.text().nullable(),
})

export default ContactMessage
