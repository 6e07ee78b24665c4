import type { ConsentRecordView } from "@helder/privacy"

/** A stored choice as the visitor, the customer and the export see it: the record without its customer id. */
export function consentView(record: ConsentRecordView & { customer_id?: string | null }): ConsentRecordView {
  const { id, consent_id, categories, policy_version, text_hash, locale, source, gpc, given_at, expires_at } = record
  return { id, consent_id, categories, policy_version, text_hash, locale, source, gpc, given_at, expires_at }
}

/** The fields a list of choices selects. */
export const CONSENT_FIELDS = [
  "id",
  "consent_id",
  "categories",
  "policy_version",
  "text_hash",
  "locale",
  "source",
  "gpc",
  "given_at",
  "expires_at",
]

/** Newest first; the id (time-ordered) breaks a tie between two choices of the same millisecond. */
export const NEWEST_FIRST = { given_at: "DESC", id: "DESC" } as const
