"use server"

import { revalidatePath } from "next/cache"
import { z } from "zod"
import { accountAddressSchema, profileUpdateSchema } from "@helder/schemas"
import { getAccountSession } from "@/lib/cookies"
import { deleteAccountAddress, saveAccountAddress, updateAccountProfile } from "@/lib/data/account"
import { accountWrite, fieldProblems, formValues, type AccountFormState } from "./account-form"

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
