"use server"

import { redirect } from "next/navigation"
import { z } from "zod"
import { LOCALES } from "@helder/contract"
import { loginSchema } from "@helder/schemas"
import { clearAccountSession, getAccountSession, getConsentCookie, setAccountSession } from "@/lib/cookies"
import { endSession, openSession } from "@/lib/data/account"
import { linkConsentToAccount } from "@/lib/data/consent"
import { StoreApiError } from "@/lib/medusa"
import type { AccountFormState } from "./account-form"

const localeSchema = z.enum(LOCALES)

/** Logs in and keeps the session in an httpOnly cookie. */
export async function logIn(_: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const values = { email: String(formData.get("email") ?? "").slice(0, 254) }
  const parsed = loginSchema.safeParse({ email: formData.get("email"), password: formData.get("password") })
  const locale = localeSchema.catch("nl").parse(formData.get("locale"))
  if (!parsed.success) return { error: "wrong_credentials", values }
  try {
    const session = await openSession(parsed.data)
    await setAccountSession(session)
    // The cookie choices this browser made before logging in join the customer's consent history;
    // a failure there must not turn a good login into an error.
    const consent = await getConsentCookie()
    if (consent) await linkConsentToAccount(consent.consentId, session).catch(() => {})
  } catch (error) {
    if (error instanceof StoreApiError && error.status === 401) return { error: "wrong_credentials", values }
    if (error instanceof StoreApiError && error.status === 403)
      return { error: error.type === "erasure_pending" ? "erasure_pending" : "not_verified", values }
    if (error instanceof StoreApiError && error.status === 429) return { error: "rate_limited", values }
    if (error instanceof StoreApiError && error.status === 400) return { error: "wrong_credentials", values }
    throw error
  }
  redirect(`/${locale}/account`)
}

/** Ends the session on the server, then forgets it in the browser. */
export async function logOut(formData: FormData): Promise<void> {
  const locale = localeSchema.catch("nl").parse(formData.get("locale"))
  const auth = await getAccountSession()
  if (auth) await endSession(auth)
  await clearAccountSession()
  redirect(`/${locale}`)
}
