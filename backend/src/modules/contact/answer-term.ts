/** The contact page and the confirmation mail promise an answer within this many working days. */
export const ANSWER_WITHIN_WORKING_DAYS = 2

/**
 * The moment `days` working days (Monday to Friday, Amsterdam time) after `from`, counted in whole
 * days of 24 hours: a message on Friday afternoon is due on Tuesday afternoon. Public holidays are not
 * skipped.
 */
export function workingDaysAfter(from: Date, days: number): Date {
  const weekday = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Amsterdam", weekday: "short" })
  const due = new Date(from.getTime())
  let left = days
  while (left > 0) {
    due.setTime(due.getTime() + 24 * 3600 * 1000)
    if (!["Sat", "Sun"].includes(weekday.format(due))) left--
  }
  return due
}
