import { addDuration, addMonths } from "./policy"
import type { RetentionRule } from "./types"

const DAY = 24 * 60 * 60 * 1000

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
 * Records whose start lies before this moment are past their term at `now`; those at or after it are not.
 * For a rule that counts from a moment, it inverts termEnd's calendar addition exactly. For a rule
 * that counts from the fiscal year's end (invoices), it is the first moment of the oldest fiscal year whose
 * term has not yet ended, so a whole year's documents go together.
 */
export function retentionCutoff(rule: Pick<RetentionRule, "keep" | "from">, now: Date): Date {
  if (rule.from === "fiscal_year_end") {
    let year = fiscalYearOf(now)
    while (!isPastTerm(rule, fiscalYearEnd(year), now)) year--
    return new Date(fiscalYearEnd(year).getTime() + 1)
  }
  // termEnd adds the months (clamped to the month's end) and then the days; undo the days first.
  const shifted = new Date(now.getTime() - (rule.keep.days ?? 0) * DAY)
  const months = 12 * (rule.keep.years ?? 0) + (rule.keep.months ?? 0)
  const back = addMonths(shifted, -months)
  // Where the month back is shorter (31 March → February), every start in it ends its term before `now`:
  // the cutoff is the first moment of the month after.
  if (back.getUTCDate() !== shifted.getUTCDate())
    return new Date(Date.UTC(back.getUTCFullYear(), back.getUTCMonth() + 1, 1))
  return back
}
