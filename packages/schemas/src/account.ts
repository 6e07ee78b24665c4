import { z } from "zod"
import { addressFields, withNormalisedPostcode } from "./address"
import { emailSchema, phoneSchema } from "./contact"
import { PASSWORD_MAX_LENGTH, passwordProblem } from "./password"

/** YYYY-MM-DD, a real date, not in the future and not before 1900. */
export const birthDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "use YYYY-MM-DD")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`)
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
  }, "not a real date")
  .refine((value) => value >= "1900-01-01", "before 1900")
  .refine((value) => value <= new Date().toISOString().slice(0, 10), "in the future")

/** A customer's home address: street with number, postcode (checked per country), city, country. */
export const customerAddressSchema = addressFields
  .pick({ address_1: true, postal_code: true, city: true, country_code: true })
  .strict()
  .transform(withNormalisedPostcode)

/** Registration as the LichtXpert policy describes it: name, address, phone and e-mail; birth date optional. */
export const registrationSchema = addressFields
  .pick({ first_name: true, last_name: true })
  .extend({
    email: emailSchema,
    phone: phoneSchema,
    password: z.string().max(PASSWORD_MAX_LENGTH + 1),
    birth_date: birthDateSchema.optional(),
    address: customerAddressSchema,
    locale: z.enum(["nl", "en"]).default("nl"),
  })
  .strict()
  .superRefine((input, ctx) => {
    const problem = passwordProblem(input.password, { email: input.email, names: [input.first_name, input.last_name] })
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem })
  })
export type Registration = z.infer<typeof registrationSchema>

/** E-mail and password as a login form sends them. */
export const loginSchema = z
  .object({
    email: emailSchema,
    password: z
      .string()
      .min(1)
      .max(PASSWORD_MAX_LENGTH + 1),
  })
  .strict()

const token = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, "invalid link")
const locale = z.enum(["nl", "en"]).default("nl")

/** A single-use token from a mailed link. */
export const tokenSchema = z.object({ token }).strict()

/** "Forgot password": the address to mail a reset link to. */
export const passwordResetRequestSchema = z.object({ email: emailSchema, locale }).strict()

/** A new password set through a mailed reset link; the policy is checked against the account's e-mail. */
export const passwordResetSchema = z
  .object({ token, password: z.string().max(PASSWORD_MAX_LENGTH + 1), locale })
  .strict()

/** A new password set from the account, confirmed with the current one. */
export const passwordChangeSchema = z
  .object({
    current_password: z
      .string()
      .min(1)
      .max(PASSWORD_MAX_LENGTH + 1),
    password: z.string().max(PASSWORD_MAX_LENGTH + 1),
    locale,
  })
  .strict()

/** The profile fields a customer edits: name, phone, optional birth date (null clears it). */
export const profileUpdateSchema = addressFields
  .pick({ first_name: true, last_name: true })
  .extend({ phone: phoneSchema, birth_date: birthDateSchema.nullable().optional() })
  .strict()
export type ProfileUpdate = z.infer<typeof profileUpdateSchema>

/** A saved address as the account's address book takes it. */
export const accountAddressSchema = addressFields
  .extend({
    phone: phoneSchema.optional(),
    is_default_shipping: z.boolean().optional(),
    is_default_billing: z.boolean().optional(),
  })
  .strict()
  .transform(withNormalisedPostcode)
/** A new login address, confirmed with the current password. */
export const emailChangeSchema = z
  .object({
    password: z
      .string()
      .min(1)
      .max(PASSWORD_MAX_LENGTH + 1),
    new_email: emailSchema,
    locale,
  })
  .strict()

/** The link mailed to the new address. */
export const emailChangeConfirmSchema = z.object({ token, locale }).strict()
