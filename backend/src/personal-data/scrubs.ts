/** What stands in for a name or e-mail in records the law makes the shop keep in shape (withdrawal statements). */
export const ERASED = "[gewist]"

/** Clears a customer row (an account's, or the one Medusa keeps for a guest) of name, e-mail and phone. */
export const CUSTOMER_SCRUB = `email = null, first_name = null, last_name = null, phone = null, company_name = null, metadata = null`

/** An address row's text that can name a person (alias `a`): what the erasure searches an orphaned address for. */
export const ADDRESS_TEXT = "concat_ws(' ', a.first_name, a.last_name, a.address_1, a.phone, a.company)"

/** Clears an address row of everything that points at a person: country and the postcode's digits stay. */
export const ADDRESS_SCRUB = `first_name = null, last_name = null, company = null, address_1 = null, address_2 = null, city = null, phone = null, metadata = null,
  postal_code = nullif(regexp_replace(coalesce(postal_code, ''), '[^0-9]', '', 'g'), '')`

/**
 * A payment provider's answer reduced to its reference (a Stripe payment intent's id): nothing about the payer or the
 * card stays.
 */
export const PROVIDER_REFERENCE_ONLY = `case when data->'id' is not null then jsonb_build_object('id', data->'id') else '{}'::jsonb end`
