import { addDuration } from "./policy"
import type { RetentionRule } from "./types"

/** The last moment of the calendar year `year` in Amsterdam (the fiscal year of a Dutch or Belgian shop). */
export function fiscalYearEnd(year: number): Date {
  // 1 January of the next year, 00:00 Amsterdam time (UTC+1 in winter), minus one millisecond.
  return new Date(Date.UTC(year + 1, 0, 1, -1) - 1)
}

/** The fiscal year a moment belongs to, in Amsterdam time. */
export function fiscalYearOf(moment: Date): number {
  return Number(new Intl.DateTimeFormat("en", { timeZone: "Europe/Amsterdam", year: "numeric" }).format(moment))
}

/**
 * When a record's term under a rule ends, given the moment its term starts counting (`start`: the
 * delivery, the last activity, the event…; for invoices the issue date, whose fiscal year counts).
 */
export function termEnd(rule: Pick<RetentionRule, "keep" | "from">, start: Date): Date {
  const from = rule.from === "fiscal_year_end" ? fiscalYearEnd(fiscalYearOf(start)) : start
  return addDuration(from, rule.keep)
}

/** Whether a record's term has ended at `now`: strictly after its last day, never on it. */
export function isPastTerm(rule: Pick<RetentionRule, "keep" | "from">, start: Date, now: Date): boolean {
  return termEnd(rule, start).getTime() < now.getTime()
}

/**
 * For a rule that counts from a moment (not the fiscal year): records whose start lies before this moment
 * are past their term at `now`. The calendar subtraction mirrors termEnd's addition.
 */
export function retentionCutoff(rule: Pick<RetentionRule, "keep" | "from">, now: Date): Date {
  if (rule.from === "fiscal_year_end") throw new Error("fiscal-year terms depend on each record's year: use isPastTerm")
  const date = new Date(now.getTime())
  date.setUTCDate(date.getUTCDate() - (rule.keep.days ?? 0))
  date.setUTCMonth(date.getUTCMonth() - (rule.keep.months ?? 0))
  date.setUTCFullYear(date.getUTCFullYear() - (rule.keep.years ?? 0))
  return date
}
