import "server-only"
import { revalidatePath } from "next/cache"
import { getAccountSession, type AccountSession } from "@/lib/cookies"
import { StoreApiError } from "@/lib/medusa"

/** A form's outcome: a message key, per-field message keys, and the values to show again (never passwords). */
export type AccountFormState = {
  ok?: boolean
  error?: string
  fields?: Record<string, string>
  values?: Record<string, string>
} | null

const FORM_KEYS = [
  "first_name",
  "last_name",
  "email",
  "phone",
  "birth_date",
  "address_1",
  "postal_code",
  "city",
  "country_code",
  "locale",
]

/** The form's values to show again, each cut to 300 characters; passwords are never among them. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {}
  for (const key of FORM_KEYS) {
    const value = formData.get(key)
    if (typeof value === "string") values[key] = value.slice(0, 300)
  }
  return values
}

/** Field name (last path segment) → the problem's message key. */
export function fieldProblems(
  issues: { path: (string | number | symbol)[] | string; message: string }[],
): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const issue of issues) {
    const path = Array.isArray(issue.path) ? issue.path.map(String) : issue.path.split(".")
    const field = path[path.length - 1] ?? "form"
    fields[field] ??=
      field === "password" || field === "current_password" ? issue.message : field === "new_email" ? "email" : field
  }
  return fields
}

/** A write in the customer's session: its 400 and 404 become form problems, a success refreshes the account pages. */
export async function accountWrite(
  write: (auth: AccountSession) => Promise<void>,
  values?: Record<string, string>,
): Promise<AccountFormState> {
  const auth = await getAccountSession()
  if (!auth) return { error: "invalid_link" }
  try {
    await write(auth)
  } catch (error) {
    if (error instanceof StoreApiError && error.status === 400)
      return { error: "invalid", fields: fieldProblems(error.issues), values }
    if (error instanceof StoreApiError && error.status === 404) return { error: "invalid", values }
    throw error
  }
  revalidatePath("/[locale]/account", "layout")
  return { ok: true, values }
}
