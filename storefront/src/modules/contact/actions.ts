"use server"

import { contactMessageSchema } from "@helder/schemas"
import { postContactMessage } from "@/lib/data/contact"
import { StoreApiError } from "@/lib/medusa"

/** The contact form's outcome: sent, or per-field problems with the typed values kept. */
export type ContactFormState = {
  ok?: boolean
  error?: string
  fields?: Record<string, string>
  values?: Record<string, string>
} | null

/** Sends a contact message; the backend stores it and mails the sender a confirmation. */
export async function sendContactMessage(_: ContactFormState, formData: FormData): Promise<ContactFormState> {
  const values: Record<string, string> = {}
  for (const key of ["name", "email", "order_number", "message", "locale"]) {
    const value = formData.get(key)
    if (typeof value === "string") values[key] = value.slice(0, 6000)
  }
  const parsed = contactMessageSchema.safeParse(values)
  const fields = (issues: { path: PropertyKey[] | string }[]) =>
    Object.fromEntries(
      issues.map((issue) => {
        const field = String(Array.isArray(issue.path) ? issue.path[0] : issue.path)
        return [field, field]
      }),
    )
  if (!parsed.success) return { error: "invalid", fields: fields(parsed.error.issues), values }
  try {
    await postContactMessage(parsed.data)
  } catch (error) {
    if (error instanceof StoreApiError && error.status === 400)
      return { error: "invalid", fields: fields(error.issues), values }
    if (error instanceof StoreApiError && error.status === 429) return { error: "rate_limited", values }
    throw error
  }
  return { ok: true }
}
