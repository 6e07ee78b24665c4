import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CONTACT_MODULE } from "../../../modules/contact"
import type ContactModuleService from "../../../modules/contact/service"
import type { ContactMessageListQuery } from "./validators"

/** GET /admin/contact-messages — newest first, optionally only open or only answered ones. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ContactMessageListQuery>, res: MedusaResponse) {
  const { status, limit, offset } = req.validatedQuery
  const contact: ContactModuleService = req.scope.resolve(CONTACT_MODULE)
  const filters = status === "open" ? { answered_at: null } : status === "answered" ? { answered_at: { $ne: null } } : {}
  const [messages, count] = await contact.listAndCountContactMessages(filters, { order: { created_at: "DESC" }, take: limit, skip: offset })
  res.json({ contact_messages: messages, count, limit, offset })
}
