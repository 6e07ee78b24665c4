import { z } from "@medusajs/framework/zod"
import { readBackendEnv, type BackendEnv } from "../../lib/env"

/** The seller as configured: printed on every document, frozen into each snapshot. */
export const sellerSchema = z.object({
  name: z.string().min(1),
  address_lines: z.array(z.string().min(1)).min(2),
  country: z.string().min(2),
  kvk: z.string().regex(/^\d{8}$/, "KVK numbers have 8 digits"),
  vat_number: z.string().regex(/^[A-Z]{2}[0-9A-Z]{8,12}$/, "a VAT number such as NL123456789B01"),
  email: z.email(),
  iban: z.string().min(15).optional(),
})
export type Seller = z.infer<typeof sellerSchema>

/** The seller printed on invoices, from configuration. Outside production a demo KVK and VAT number stand in. */
export function sellerFromEnv(env: BackendEnv = readBackendEnv()): Seller {
  return {
    name: env.SELLER_NAME,
    address_lines: [env.SELLER_STREET, env.SELLER_POSTCODE_CITY, env.SELLER_COUNTRY],
    country: env.SELLER_COUNTRY,
    kvk: env.SELLER_KVK ?? "12345678",
    vat_number: env.SELLER_VAT_NUMBER ?? "NL000099998B57",
    email: env.SELLER_EMAIL,
    ...(env.SELLER_IBAN ? { iban: env.SELLER_IBAN } : {}),
  }
}
