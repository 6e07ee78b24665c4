"use server"

import { redirect } from "next/navigation"
import { z } from "zod"
import { LOCALES } from "@helder/contract"
import {
  accountAddressSchema,
  emailChangeConfirmSchema,
  emailChangeSchema,
  loginSchema,
  passwordChangeSchema,
  passwordResetRequestSchema,
  passwordResetSchema,
  profileUpdateSchema,
  registrationSchema,
  tokenSchema,
} from "@helder/schemas"
import { revalidatePath } from "next/cache"
import {
  clearAccountSession,
  getAccountSession,
  getConsentCookie,
  setAccountSession,
  type AccountSession,
} from "@/lib/cookies"
import {
  changeAccountPassword,
  confirmEmailChange,
  deleteAccountAddress,
  endSession,
  openSession,
  registerAccount,
  requestEmailChange,
  requestPasswordResetMail,
  resetPasswordWithLink,
  saveAccountAddress,
  updateAccountProfile,
  verifyEmailAddress,
} from "@/lib/data/account"
import { linkConsentToAccount } from "@/lib/data/consent"
import { StoreApiError } from "@/lib/medusa"
import { subscribeIfTicked } from "@/modules/newsletter/subscribe"

/** A form's outcome: a message key, per-field message keys, and the values to show again (never passwords). */
export type AccountFormState = {
  ok?: boolean
  error?: string
  fields?: Record<string, string>
  values?: Record<string, string>
} | null

const localeSchema = z.enum(LOCALES)
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

function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {}
  for (const key of FORM_KEYS) {
    const value = formData.get(key)
    if (typeof value === "string") values[key] = value.slice(0, 300)
  }
  return values
}

/** Field name (last path segment) → the problem's message key. */
function fieldProblems(
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

/** Registers an account; the answer never tells whether the address already had one. */
export async function register(_: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const values = formValues(formData)
  const input = {
    first_name: values.first_name,
    last_name: values.last_name,
    email: values.email,
    phone: values.phone,
    password: formData.get("password"),
    ...(values.birth_date ? { birth_date: values.birth_date } : {}),
    address: {
      address_1: values.address_1,
      postal_code: values.postal_code,
      city: values.city,
      country_code: values.country_code,
    },
    locale: values.locale,
  }
  const parsed = registrationSchema.safeParse(input)
  if (!parsed.success) return { error: "invalid", fields: fieldProblems(parsed.error.issues), values }
  try {
    await registerAccount(parsed.data)
    await subscribeIfTicked(formData, parsed.data.email, "registration", parsed.data.locale)
  } catch (error) {
    if (error instanceof StoreApiError && error.status === 400)
      return { error: "invalid", fields: fieldProblems(error.issues), values }
    if (error instanceof StoreApiError && error.status === 429) return { error: "rate_limited", values }
    throw error
  }
  return { ok: true }
}

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

/** Spends the verification link; a POST (not the page load) so mail scanners cannot use it up. */
export async function verifyEmail(_: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const parsed = tokenSchema.safeParse({ token: formData.get("token") })
  if (!parsed.success) return { error: "invalid_link" }
  try {
    await verifyEmailAddress(parsed.data)
  } catch (error) {
    if (error instanceof StoreApiError && (error.status === 404 || error.status === 400))
      return { error: "invalid_link" }
    throw error
  }
  return { ok: true }
}

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export async function requestPasswordReset(_: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const values = { email: String(formData.get("email") ?? "").slice(0, 254) }
  const parsed = passwordResetRequestSchema.safeParse({ email: formData.get("email"), locale: formData.get("locale") })
  if (!parsed.success) return { error: "invalid", fields: { email: "email" }, values }
  try {
    await requestPasswordResetMail(parsed.data)
  } catch (error) {
    if (error instanceof StoreApiError && error.status === 429) return { error: "rate_limited", values }
    throw error
  }
  return { ok: true }
}

/** Sets a new password with the mailed link. */
export async function resetPassword(_: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const parsed = passwordResetSchema.safeParse({
    token: formData.get("token"),
    password: formData.get("password"),
    locale: formData.get("locale"),
  })
  if (!parsed.success) return { error: "invalid_link" }
  return passwordCall(() => resetPasswordWithLink(parsed.data))
}

/** Changes the password from the account page; the backend ends every other session. */
export async function changePassword(_: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const auth = await getAccountSession()
  const parsed = passwordChangeSchema.safeParse({
    current_password: formData.get("current_password"),
    password: formData.get("password"),
    locale: formData.get("locale"),
  })
  if (!auth) return { error: "invalid_link" }
  if (!parsed.success) return { error: "invalid", fields: fieldProblems(parsed.error.issues) }
  return passwordCall(() => changeAccountPassword(parsed.data, auth))
}

async function passwordCall(write: () => Promise<void>): Promise<AccountFormState> {
  try {
    await write()
  } catch (error) {
    if (error instanceof StoreApiError && error.status === 400)
      return { error: "invalid", fields: fieldProblems(error.issues) }
    if (error instanceof StoreApiError && error.status === 404) return { error: "invalid_link" }
    if (error instanceof StoreApiError && error.status === 429) return { error: "rate_limited" }
    throw error
  }
  return { ok: true }
}

/** Saves name, phone and birth date (an empty birth date clears it). */
export async function updateProfile(_: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const values = formValues(formData)
  const parsed = profileUpdateSchema.safeParse({
    first_name: values.first_name,
    last_name: values.last_name,
    phone: values.phone,
    birth_date: values.birth_date ? values.birth_date : null,
  })
  if (!parsed.success) return { error: "invalid", fields: fieldProblems(parsed.error.issues), values }
  return accountWrite((auth) => updateAccountProfile(parsed.data, auth), values)
}

const addressIdSchema = z.string().regex(/^cuaddr_[0-9A-Z]+$/)

/** Adds an address, or updates the one named by address_id. */
export async function saveAddress(_: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const values = formValues(formData)
  const id = formData.get("address_id")
  const parsed = accountAddressSchema.safeParse({
    first_name: values.first_name,
    last_name: values.last_name,
    address_1: values.address_1,
    postal_code: values.postal_code,
    city: values.city,
    country_code: values.country_code,
    ...(values.phone ? { phone: values.phone } : {}),
    is_default_shipping: formData.get("is_default_shipping") === "on",
  })
  if (!parsed.success) return { error: "invalid", fields: fieldProblems(parsed.error.issues), values }
  if (id !== null && !addressIdSchema.safeParse(id).success) return { error: "invalid", values }
  const addressId = typeof id === "string" && id ? id : null
  return accountWrite((auth) => saveAccountAddress(addressId, parsed.data, auth), addressId ? values : undefined)
}

/** Deletes one of the customer's addresses; the backend answers 404 for anyone else's. */
export async function deleteAddress(formData: FormData): Promise<void> {
  const id = addressIdSchema.safeParse(formData.get("address_id"))
  const auth = await getAccountSession()
  if (!id.success || !auth) return
  await deleteAccountAddress(id.data, auth)
  revalidatePath("/[locale]/account", "layout")
}

async function accountWrite(
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

/** Asks to change the login address; the backend checks the password and mails the new address. */
export async function changeEmail(_: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const values = { new_email: String(formData.get("new_email") ?? "").slice(0, 254) }
  const parsed = emailChangeSchema.safeParse({
    password: formData.get("password"),
    new_email: formData.get("new_email"),
    locale: formData.get("locale"),
  })
  if (!parsed.success) return { error: "invalid", fields: { new_email: "email" }, values }
  return accountWrite((auth) => requestEmailChange(parsed.data, auth), values)
}

/** Spends the link mailed to the new address (a POST, so mail scanners cannot use it up). */
export async function confirmEmail(_: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const parsed = emailChangeConfirmSchema.safeParse({ token: formData.get("token"), locale: formData.get("locale") })
  if (!parsed.success) return { error: "invalid_link" }
  try {
    await confirmEmailChange(parsed.data)
  } catch (error) {
    if (error instanceof StoreApiError && (error.status === 404 || error.status === 400))
      return { error: "invalid_link" }
    throw error
  }
  return { ok: true }
}
