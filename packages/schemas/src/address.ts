import { z } from "zod"
import { emailSchema, phoneSchema } from "./contact"

/** Countries the shop delivers to (ISO 3166-1 alpha-2, lower case as Medusa stores them). */
export const SHIPPING_COUNTRIES = ["nl", "be"] as const
export type ShippingCountry = (typeof SHIPPING_COUNTRIES)[number]

const POSTCODE_PATTERNS: Record<ShippingCountry, RegExp> = {
  // 1234 AB; the digits never start with 0 and SA, SD, SS are not issued.
  nl: /^[1-9][0-9]{3} ?(?!SA|SD|SS)[A-Z]{2}$/,
  be: /^[1-9][0-9]{3}$/,
}

/** Normalises a postcode as the post office writes it (`1234ab` → `1234 AB`), or null if invalid. */
export function normalisePostcode(country: ShippingCountry, raw: string): string | null {
  const value = raw.trim().toUpperCase().replace(/\s+/g, " ")
  if (!POSTCODE_PATTERNS[country].test(value)) return null
  return country === "nl" ? `${value.slice(0, 4)} ${value.slice(-2)}` : value
}

/**
 * A zod transform for address objects: normalises the postcode for its country, or reports
 * "invalid postcode" on the postal_code field.
 */
export function withNormalisedPostcode<T extends { postal_code: string; country_code: ShippingCountry }>(
  address: T,
  ctx: z.RefinementCtx,
): T {
  const postal_code = normalisePostcode(address.country_code, address.postal_code)
  if (!postal_code) {
    ctx.addIssue({ code: "custom", path: ["postal_code"], message: "invalid postcode" })
    return z.NEVER
  }
  return { ...address, postal_code }
}

/** The fields every address form shares, with their limits; each form adds its own and checks the postcode. */
export const addressFields = z.object({
  first_name: z.string().trim().min(1).max(100),
  last_name: z.string().trim().min(1).max(100),
  address_1: z.string().trim().min(3).max(200),
  postal_code: z.string().trim().min(4).max(10),
  city: z.string().trim().min(1).max(100),
  country_code: z.enum(SHIPPING_COUNTRIES),
})

/** Shipping address fields as the checkout asks for them, postcode checked per country. */
export const shippingAddressSchema = addressFields
  .extend({ phone: phoneSchema.optional().or(z.literal("")) })
  .strict()
  .transform(withNormalisedPostcode)
export type ShippingAddress = z.infer<typeof shippingAddressSchema>

/**
 * A Dutch or Belgian VAT number as the tax offices write it (NL123456789B01, BE0123456789), normalised
 * from what people type (spaces, dots, lower case). Printed on the invoice of a business purchase.
 */
export const vatNumberSchema = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase().replace(/[\s.-]/g, ""))
  .pipe(z.string().regex(/^(NL\d{9}B\d{2}|BE[01]\d{9})$/, "invalid VAT number"))

/** The guest checkout's contact and address step; a business adds its name and VAT number. */
export const checkoutAddressSchema = z
  .object({
    email: emailSchema,
    shipping_address: shippingAddressSchema,
    company: z
      .string()
      .trim()
      .max(200)
      .optional()
      .transform((value) => value || undefined),
    vat_number: z
      .literal("")
      .or(vatNumberSchema)
      .optional()
      .transform((value) => value || undefined),
  })
  .strict()
export type CheckoutAddress = z.infer<typeof checkoutAddressSchema>
