import type { EarlierEmail } from "../lib/data-export/subject"

/** The person's addresses for heldUnder: the current one without a bound ('infinity'), each earlier one until its change. */
export type AddressTerms = { emails: string[]; until: string[] }

/** heldUnder's terms for a current address (lower-cased) and the earlier ones. */
export function addressTerms(email: string, earlier: EarlierEmail[]): AddressTerms {
  return { emails: [email.toLowerCase(), ...earlier.map((e) => e.email.toLowerCase())], until: ["infinity", ...earlier.map((e) => e.until)] }
}

/**
 * SQL true when `column` holds one of the person's addresses: the current one on any row, an earlier one
 * only on rows created (`created`) up to its change, since the address may since belong to someone else.
 * Name both columns with their table (`cart.email`): the subquery has columns of its own. Takes two
 * bindings: `terms.emails` and `terms.until`.
 */
export function heldUnder(column: string, created: string): string {
  return `exists (select 1 from unnest(?::text[], ?::timestamptz[]) as a(held_address, held_until)
    where a.held_address = lower(${column}) and ${created} <= a.held_until)`
}
