"use server"

import { redirect } from "next/navigation"
import { z } from "zod"
import { erasureRequestSchema, tokenSchema } from "@helder/schemas"
import { clearAccountSession, getAccountSession } from "@/lib/cookies"
import { StoreApiError, storeFetch } from "@/lib/medusa"

/** A data-rights form's outcome: ok, or a message key from dataRights.errors. */
export type DataRightsState = { ok?: boolean; error?: string } | null

const localeSchema = z.enum(["nl", "en"]).catch("nl")

/** "Verwijder mijn account": the backend checks the password, schedules the erasure and ends every session. */
export async function requestAccountErasure(_: DataRightsState, formData: FormData): Promise<DataRightsState> {
  const locale = localeSchema.parse(formData.get("locale"))
  const auth = await getAccountSession()
  if (!auth) redirect(`/${locale}/account/login`)
  const parsed = erasureRequestSchema.safeParse({ password: formData.get("password"), confirm: formData.get("confirm") === "yes", locale })
  if (!parsed.success) return { error: "invalid" }
  let scheduledFor: string
  try {
    scheduledFor = (await storeFetch<{ scheduled_for: string }>("/store/account/erasure", { method: "POST", body: parsed.data, auth })).scheduled_for
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
    await storeFetch("/store/privacy/erasure/undo", { method: "POST", body: parsed.data })
  } catch (error) {
    if (error instanceof StoreApiError && (error.status === 404 || error.status === 400)) return { error: "invalid_link" }
    if (error instanceof StoreApiError && error.status === 429) return { error: "rate_limited" }
    throw error
  }
  return { ok: true }
}
