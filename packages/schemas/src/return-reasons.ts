/** The reasons a shopper can give for a return (the seed creates them in Medusa with these values). */
export const RETURN_REASONS = [
  "withdrawal",
  "changed_mind",
  "not_as_expected",
  "defective",
  "wrong_item",
  "other",
] as const
export type ReturnReason = (typeof RETURN_REASONS)[number]
