import type { Seller } from "../modules/invoicing/snapshot"
import { readBackendEnv, type BackendEnv } from "./env"

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
