"use server"

import { redirect } from "next/navigation"
import { z } from "zod"
import { DEFAULT_LOCALE, LOCALES } from "@helder/contract"
import { accountRequestSchema, erasureRequestSchema, guestRequestSchema, tokenSchema } from "@helder/schemas"
import { clearAccountSession, getAccountSession } from "@/lib/cookies"
import {
  requestErasure,
  submitAccountPrivacyRequest,
  submitGuestPrivacyRequest,
  undoScheduledErasure,
  verifyGuestPrivacyRequest,
  type VerifiedRequest,
} from "@/lib/data/data-rights"
import { isDeadLink, StoreApiError } from "@/lib/medusa"

/** A data-rights form's outcome: ok, or a message key; per-field keys and the values to show again. */
export type DataRightsState = {
  ok?: boolean
  error?: string
  fields?: Record<string, string>
  values?: Record<string, string>
} | null

const localeSchema = z.enum(LOCALES).catch(DEFAULT_LOCALE)

/** "Verwijder mijn account": the backend checks the password, schedules the erasure and ends every session. */
export async function requestAccountErasure(_: DataRightsState, formData: FormData): Promise<DataRightsState> {
  const locale = localeSchema.parse(formData.get("locale"))
  const auth = await getAccountSession()
  if (!auth) redirect(`/${locale}/account/login`)
  const parsed = erasureRequestSchema.safeParse({
    password: formData.get("password"),
    confirm: formData.get("confirm") === "yes",
    locale,
  })
  if (!parsed.success) return { error: "invalid" }
  let scheduledFor: string
  try {
    scheduledFor = (await requestErasure(parsed.data, auth)).scheduled_for
  } catch (error) {
    if (error instanceof StoreApiError && error.status === 401) return { error: "wrong" }
    if (error instanceof StoreApiError && error.status === 429) return { error: "rate_limited" }
    if (error instanceof StoreApiError && error.status === 400) return { error: "invalid" }
    throw error
  }
  await clearAccountSession()
  redirect(`/${locale}/privacy/erasure/scheduled?at=${encodeURIComponent(scheduledFor)}`)
}

/** The mailed undo link's button: a POST, so a mail scanner opening the link changes nothing. */
export async function undoErasure(_: DataRightsState, formData: FormData): Promise<DataRightsState> {
  const parsed = tokenSchema.safeParse({ token: formData.get("token") })
  if (!parsed.success) return { error: "invalid_link" }
  try {
    await undoScheduledErasure(parsed.data)
  } catch (error) {
    if (isDeadLink(error)) return { error: "invalid_link" }
    if (error instanceof StoreApiError && error.status === 429) return { error: "rate_limited" }
    throw error
  }
  return { ok: true }
}

const GUEST_FIELDS = ["kind", "email", "order_number", "details"] as const

/** A privacy request without an account: the backend mails a link to the order's address (or nothing, silently). */
export async function submitGuestRequest(_: DataRightsState, formData: FormData): Promise<DataRightsState> {
  const values = Object.fromEntries(GUEST_FIELDS.map((key) => [key, String(formData.get(key) ?? "").slice(0, 2000)]))
  const parsed = guestRequestSchema.safeParse({
    ...values,
    details: values.details || undefined,
    locale: localeSchema.parse(formData.get("locale")),
  })
  if (!parsed.success) {
    const fields = Object.fromEntries(
      parsed.error.issues.map((issue) => [String(issue.path[0] ?? "kind"), String(issue.path[0] ?? "kind")]),
    )
    return { error: "invalid", fields, values }
  }
  try {
    await submitGuestPrivacyRequest(parsed.data)
  } catch (error) {
    if (error instanceof StoreApiError && error.status === 429) return { error: "rate_limited", values }
    throw error
  }
  return { ok: true }
}

/** The guest's mailed link, spent with a POST; the answer says what the page shows next. */
export async function verifyGuestRequest(
  _: (DataRightsState & { result?: VerifiedRequest }) | null,
  formData: FormData,
) {
  const parsed = tokenSchema.safeParse({ token: formData.get("token") })
  if (!parsed.success) return { error: "invalid_link" }
  try {
    return {
      ok: true,
      result: await verifyGuestPrivacyRequest(parsed.data),
    }
  } catch (error) {
    if (isDeadLink(error)) return { error: "invalid_link" }
    if (error instanceof StoreApiError && error.status === 429) return { error: "rate_limited" }
    throw error
  }
}

/** The account request form's outcome: its due date, or a message key and the values to show again. */
export type AccountRequestState = {
  ok?: boolean
  due?: string
  error?: string
  values?: { kind: string; details: string }
} | null

/** A logged-in customer's correction, restriction or objection: the session is the identity step. */
export async function submitAccountRequest(_: AccountRequestState, formData: FormData): Promise<AccountRequestState> {
  const locale = localeSchema.parse(formData.get("locale"))
  const auth = await getAccountSession()
  if (!auth) redirect(`/${locale}/account/login`)
  const values = {
    kind: String(formData.get("kind") ?? "").slice(0, 20),
    details: String(formData.get("details") ?? "").slice(0, 2000),
  }
  const parsed = accountRequestSchema.safeParse({ ...values, details: values.details || undefined, locale })
  if (!parsed.success) return { error: "invalid", values }
  try {
    const request = await submitAccountPrivacyRequest(parsed.data, auth)
    return { ok: true, due: request.due_at }
  } catch (error) {
    if (error instanceof StoreApiError && error.status === 429) return { error: "rate_limited", values }
    if (error instanceof StoreApiError && error.status === 400) return { error: "invalid", values }
    throw error
  }
}
