"use server"

import { returnRequestSchema, withdrawalLinkRequestSchema, withdrawalSchema } from "@helder/schemas"
import { postOrderAction, requestWithdrawalLink, type OrderTarget } from "@/lib/data/orders"
import { StoreApiError } from "@/lib/medusa"

/** A withdrawal or return form's outcome: done (with what the backend recorded), or an error with the values kept. */
export type OrderActionState = {
  ok?: boolean
  error?: string
  /** The backend's own words for a refusal (period over, too many), shown as given. */
  detail?: string
  values?: Record<string, string>
  /** The checked statement, shown for the separate "confirm withdrawal" step. */
  review?: Record<string, string>
  /** `stated_at`: when the statement was sent through the public withdrawal function, if it was confirmed later. */
  withdrawal?: { statement: string; submitted_at: string; stated_at?: string | null; return_id: string | null }
  returnId?: string
} | null

function readForm(formData: FormData, keys: string[]): Record<string, string> {
  const values: Record<string, string> = {}
  for (const key of keys) {
    const value = formData.get(key)
    if (typeof value === "string") values[key] = value.slice(0, 300)
  }
  return values
}

function refusal(error: unknown, values: Record<string, string>): OrderActionState {
  if (error instanceof StoreApiError && error.status === 404) return { error: "not_found", values }
  if (error instanceof StoreApiError && error.status === 400) return { error: "refused", detail: error.message, values }
  throw error
}

const statementSchema = withdrawalSchema.pick({ name: true, email: true, order_reference: true })

/**
 * The art. 11a withdrawal in two steps, both posted to the server so they work before (or without)
 * JavaScript and never put the name or e-mail in a URL: "review" checks the statement and shows it,
 * "edit" goes back to the form, "confirm" sends it. The form is public input, parsed with the shared schema.
 */
export async function submitWithdrawal(
  target: OrderTarget,
  _: OrderActionState,
  formData: FormData,
): Promise<OrderActionState> {
  const values = readForm(formData, ["name", "email", "order_reference", "locale"])
  const step = formData.get("step")
  if (step === "edit") return { values }
  if (step !== "confirm") {
    const statement = statementSchema.safeParse({
      name: values.name,
      email: values.email,
      order_reference: values.order_reference,
    })
    if (!statement.success) return { error: "invalid", detail: fieldNames(statement.error), values }
    return { review: statement.data }
  }
  const parsed = withdrawalSchema.safeParse({ ...values, confirm: true })
  if (!parsed.success) return { error: "invalid", detail: fieldNames(parsed.error), values }
  try {
    const { withdrawal } = await postOrderAction<{ withdrawal: NonNullable<OrderActionState>["withdrawal"] }>(
      target,
      "withdrawal",
      parsed.data,
    )
    return { ok: true, withdrawal }
  } catch (error) {
    return refusal(error, values)
  }
}

function fieldNames(error: { issues: { path: PropertyKey[] }[] }): string {
  return error.issues.map((issue) => issue.path.join(".")).join(", ")
}

/** Sends a return request: every line with a quantity above 0 and its reason. */
export async function submitReturn(
  target: OrderTarget,
  _: OrderActionState,
  formData: FormData,
): Promise<OrderActionState> {
  const ids = formData
    .getAll("item")
    .filter((id): id is string => typeof id === "string")
    .slice(0, 100)
  const items = ids
    .map((id) => ({
      id,
      quantity: Number(formData.get(`quantity_${id}`) ?? 0),
      reason: String(formData.get(`reason_${id}`) ?? ""),
    }))
    .filter((item) => item.quantity > 0)
  const locale = formData.get("locale") === "en" ? "en" : "nl"
  const parsed = returnRequestSchema.safeParse({ items, locale })
  if (!parsed.success) return { error: items.length ? "invalid" : "no_items" }
  try {
    const { return: opened } = await postOrderAction<{ return: { id: string } }>(target, "returns", parsed.data)
    return { ok: true, returnId: opened.id }
  } catch (error) {
    return refusal(error, {})
  }
}

/** The public withdrawal function's form: name, order number, e-mail; the link goes to the order's own address. */
export async function submitWithdrawalLink(_: OrderActionState, formData: FormData): Promise<OrderActionState> {
  const values = readForm(formData, ["name", "order_number", "email"])
  const parsed = withdrawalLinkRequestSchema.safeParse({
    ...values,
    locale: formData.get("locale") === "en" ? "en" : "nl",
  })
  if (!parsed.success)
    return {
      error: "invalid",
      detail: parsed.error.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`).join("; "),
      values,
    }
  try {
    await requestWithdrawalLink(parsed.data)
  } catch (error) {
    if (error instanceof StoreApiError && error.status === 429) return { error: "rate_limited", values }
    throw error
  }
  return { ok: true }
}
