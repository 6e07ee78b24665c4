import type { HeldAddresses } from "./data-subject"

/** The person's addresses for heldUnder, each with the span of creation times in which its rows are theirs. */
export type AddressTerms = { emails: string[]; from: string[]; until: string[] }

/**
 * heldUnder's terms: the current address (lower-cased) from when another account gave it up, if one did,
 * and each earlier one from when another gave it up before them, if one did, until its change.
 */
export function addressTerms({ email, earlierEmails, emailSince }: HeldAddresses): AddressTerms {
  return {
    emails: [email.toLowerCase(), ...earlierEmails.map((e) => e.email.toLowerCase())],
    from: [emailSince ?? "-infinity", ...earlierEmails.map((e) => e.since ?? "-infinity")],
    until: ["infinity", ...earlierEmails.map((e) => e.until)],
  }
}

/**
 * SQL true when `column` holds one of the person's addresses on a row created (`created`) in that
 * address's span: an address changes hands, and what another holder left under it is not this person's.
 * Name both columns with their table (`cart.email`): the subquery has columns of its own. Takes three
 * bindings: `terms.emails`, `terms.from` and `terms.until`.
 */
export function heldUnder(column: string, created: string): string {
  return `exists (select 1 from unnest(?::text[], ?::timestamptz[], ?::timestamptz[]) as a(held_address, held_from, held_until)
    where a.held_address = lower(${column}) and ${created} > a.held_from and ${created} <= a.held_until)`
}
