import { RETENTION_RULES } from "@helder/privacy"

/**
 * Days a session lasts without being used: the policy's own "sessions" term (packages/privacy), so the
 * privacy policy and the code cannot disagree. The storefront cookie lives as long.
 */
export const SESSION_TTL_DAYS = sessionDays()

function sessionDays(): number {
  const keep = RETENTION_RULES.find((rule) => rule.id === "sessions")?.keep
  if (!keep?.days || keep.years || keep.months) throw new Error("the retention rule 'sessions' must keep whole days")
  return keep.days
}
