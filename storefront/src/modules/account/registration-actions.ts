"use server"

import { registrationSchema, tokenSchema } from "@helder/schemas"
import { registerAccount, verifyEmailAddress } from "@/lib/data/account"
import { isDeadLink, StoreApiError } from "@/lib/medusa"
import { subscribeIfTicked } from "@/modules/newsletter/subscribe"
import { fieldProblems, formValues, type AccountFormState } from "./account-form"

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

/** Spends the verification link; a POST (not the page load) so mail scanners cannot use it up. */
export async function verifyEmail(_: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const parsed = tokenSchema.safeParse({ token: formData.get("token") })
  if (!parsed.success) return { error: "invalid_link" }
  try {
    await verifyEmailAddress(parsed.data)
  } catch (error) {
    if (isDeadLink(error)) return { error: "invalid_link" }
    throw error
  }
  return { ok: true }
}
