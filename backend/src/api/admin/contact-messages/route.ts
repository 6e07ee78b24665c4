import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CONTACT_MODULE } from "../../../modules/contact"
import type ContactModuleService from "../../../modules/contact/service"
import { now } from "../../../lib/clock"
import type { ContactMessageListQuery } from "./validators"

/**
 * GET /admin/contact-messages — newest first, optionally only open, only overdue (open past the two
 * working days promised) or only answered ones; each says whether it is overdue.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ContactMessageListQuery>, res: MedusaResponse) {
  const { status, limit, offset } = req.validatedQuery
  const contact: ContactModuleService = req.scope.resolve(CONTACT_MODULE)
  const at = now()
  const filters =
    status === "open"
      ? { answered_at: null }
      : status === "overdue"
        ? { answered_at: null, due_at: { $lt: at } }
        : status === "answered"
          ? { answered_at: { $ne: null } }
          : {}
  const [messages, count] = await contact.listAndCountContactMessages(filters, {
    order: { created_at: "DESC" },
    take: limit,
    skip: offset,
  })
  const overdue = (m: { answered_at: Date | null; due_at: Date | null }) =>
    !m.answered_at && m.due_at !== null && new Date(m.due_at).getTime() < at.getTime()
  res.json({ contact_messages: messages.map((m) => ({ ...m, overdue: overdue(m) })), count, limit, offset })
}
