"use server"

import { LOCALES, type Locale } from "@helder/contract"
import { redirect } from "next/navigation"
import { z } from "zod"
import { checkoutAddressSchema, termsVersionSchema } from "@helder/schemas"
import { finishCart, retrieveCartForAction } from "@/lib/data/cart"
import { getAccountSession } from "@/lib/cookies"
import {
  assignCartToCustomer,
  completeCart,
  initiatePayment,
  listPaymentProviders,
  listShippingOptions,
  setShippingMethod,
  updateCartAddress,
} from "@/lib/data/checkout"
import { getRegion } from "@/lib/data/regions"
import { StoreApiError } from "@/lib/medusa"
import { subscribeIfTicked } from "@/modules/newsletter/subscribe"

const ADDRESS_FIELDS = ["first_name", "last_name", "address_1", "postal_code", "city", "country_code", "phone"] as const

/** What the form shows after a failed attempt: an error per field and the values to keep. */
export type CheckoutState = {
  error?: string
  fields?: Record<string, string>
  values?: Record<string, string>
  /** Set when the shopper pays with Stripe: the Payment Element confirms with it in the browser. */
  stripeClientSecret?: string
} | null

const choiceSchema = z.object({
  shipping_option_id: z.string().regex(/^so_[0-9A-Z]+$/),
  provider_id: z.string().regex(/^pp_[a-z0-9_-]+$/),
  locale: z.enum(LOCALES),
  terms_version: termsVersionSchema,
})

function readForm(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {}
  for (const key of [
    "email",
    ...ADDRESS_FIELDS,
    "company",
    "vat_number",
    "shipping_option_id",
    "provider_id",
    "locale",
    "terms_version",
  ]) {
    const value = formData.get(key)
    if (typeof value === "string") values[key] = value.slice(0, 300)
  }
  return values
}

const FIELD_OF: Record<string, string> = { shipping_option_id: "shipping", provider_id: "payment" }
const SPECIFIC_MESSAGES = new Set(["email", "postal_code", "phone", "vat_number", "shipping", "payment"])

/** One message key per form field: a specific one where the form has it, else "required". */
function fieldErrors(issues: z.core.$ZodIssue[]): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const issue of issues) {
    const name = String(issue.path[issue.path.length - 1] ?? "form")
    const field = FIELD_OF[name] ?? name
    fields[field] ??= SPECIFIC_MESSAGES.has(field) ? field : "required"
  }
  return fields
}

/**
 * Places a guest order in one go: validate everything first (nothing is written on bad input), then
 * address → delivery → payment → complete. The form's values come back on any failure.
 */
export async function placeOrder(_: CheckoutState, formData: FormData): Promise<CheckoutState> {
  const values = readForm(formData)
  const cart = await retrieveCartForAction()
  if (!cart || !cart.items?.length) return { error: "empty_cart", values }

  const address = checkoutAddressSchema.safeParse({
    email: values.email ?? "",
    shipping_address: Object.fromEntries(ADDRESS_FIELDS.map((key) => [key, values[key] ?? ""])),
    company: values.company ?? "",
    vat_number: values.vat_number ?? "",
  })
  const choice = choiceSchema.safeParse(values)
  // A terms version the shop never published (a stale or forged form): show the form again with the current terms.
  if (!choice.success && choice.error.issues.some((issue) => issue.path[0] === "terms_version"))
    return { error: "terms_version", values }
  if (!address.success || !choice.success) {
    return {
      error: "invalid",
      values,
      fields: fieldErrors([...(address.error?.issues ?? []), ...(choice.error?.issues ?? [])]),
    }
  }

  const { email, shipping_address, company, vat_number } = address.data
  const phone = shipping_address.phone || undefined
  const region = await getRegion(shipping_address.country_code)
  try {
    const auth = await getAccountSession()
    if (auth && !cart.customer_id) await assignCartToCustomer(cart.id, auth)
    const addressBody = { ...shipping_address, phone, company }
    // The locale travels with the order in Medusa's own field (its invoice and mails are in the shopper's
    // language); a business buyer's VAT number, which the invoice prints, and the general terms version
    // shown travel in metadata.
    const metadata = {
      ...cart.metadata,
      vat_number: vat_number ?? null,
      terms_version: choice.data.terms_version,
    }
    await updateCartAddress(cart, region.id, {
      email,
      shipping_address: addressBody,
      billing_address: addressBody,
      locale: choice.data.locale,
      metadata,
    })
    const [options, providers] = await Promise.all([listShippingOptions(cart.id), listPaymentProviders(region.id)])
    if (!options.some((o) => o.id === choice.data.shipping_option_id))
      return { error: "invalid", values, fields: { shipping: "shipping" } }
    if (!providers.some((p) => p.id === choice.data.provider_id))
      return { error: "invalid", values, fields: { payment: "payment" } }
    await setShippingMethod(cart.id, choice.data.shipping_option_id)
    const session = await initiatePayment(cart.id, choice.data.provider_id)
    const clientSecret = session?.data?.client_secret
    if (typeof clientSecret === "string") return { values, stripeClientSecret: clientSecret }
    const result = await completeCart(cart.id)
    if (result.type !== "order") return { error: completionError(result.error.message), values }
  } catch (error) {
    if (error instanceof StoreApiError && error.status < 500) return { error: completionError(error.message), values }
    throw error
  }
  await finishCart(cart.id)
  await subscribeIfTicked(formData, email, "checkout", choice.data.locale)
  redirect(`/${choice.data.locale}/order`)
}

function completionError(message: string): string {
  if (/inventory|stock/i.test(message)) return "out_of_stock"
  // The backend refuses a parcel without a complete address (workflows/hooks/cart-delivery-address.ts).
  if (/delivery address/i.test(message)) return "delivery_address"
  // The backend knows only published general terms (workflows/hooks/cart-terms-version.ts).
  if (/general terms version/i.test(message)) return "terms_version"
  return "failed"
}

/**
 * Completes the cart after Stripe confirmed the payment in the browser; the backend asks Stripe for
 * the intent's state itself, so a forged call cannot place an unpaid order.
 */
export async function completeStripeOrder(locale: Locale): Promise<CheckoutState> {
  const cart = await retrieveCartForAction()
  if (!cart) return { error: "empty_cart" }
  const result = await completeCart(cart.id).catch((error: unknown) => {
    if (error instanceof StoreApiError && error.status < 500) return null
    throw error
  })
  if (!result || result.type !== "order") return { error: "failed" }
  await finishCart(cart.id)
  redirect(`/${z.enum(LOCALES).parse(locale)}/order`)
}
