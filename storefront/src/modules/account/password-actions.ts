"use server"

import {
  emailChangeConfirmSchema,
  emailChangeSchema,
  passwordChangeSchema,
  passwordResetRequestSchema,
  passwordResetSchema,
} from "@helder/schemas"
import { getAccountSession } from "@/lib/cookies"
import {
  changeAccountPassword,
  confirmEmailChange,
  requestEmailChange,
  requestPasswordResetMail,
  resetPasswordWithLink,
} from "@/lib/data/account"
import { isDeadLink, StoreApiError } from "@/lib/medusa"
import { accountWrite, fieldProblems, type AccountFormState } from "./account-form"

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
    if (isDeadLink(error)) return { error: "invalid_link" }
    throw error
  }
  return { ok: true }
}
