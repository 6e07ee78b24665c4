import "server-only"
import type { ContactMessageInput } from "@helder/schemas"
import { storeFetch } from "../medusa"

/** Sends a contact message; the backend files it for staff and mails the sender a confirmation. */
export async function postContactMessage(message: ContactMessageInput): Promise<void> {
  await storeFetch("/store/contact", { method: "POST", body: message })
}
