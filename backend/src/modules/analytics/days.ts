/** The calendar the statistics count in: a day is a day in Amsterdam, for the report and its totals alike. */
export const STATISTICS_TIME_ZONE = "Europe/Amsterdam"

/** The statistics day (YYYY-MM-DD) of an event row aliased `alias`, in SQL. */
export const eventDay = (alias: string) =>
  `to_char(${alias}.occurred_at at time zone '${STATISTICS_TIME_ZONE}', 'YYYY-MM-DD')`

/**
 * Whether a day (an SQL expression) is rolled up: every day with events gets a `visits` total of at
 * least one, written in the same statement as the day's other totals.
 */
export const rolledUp = (day: string) =>
  `exists (select 1 from analytics_daily_total rolled where rolled.day = ${day} and rolled.measure = 'visits' and rolled.deleted_at is null)`

/** The statistics day of a moment, as YYYY-MM-DD. */
export function statisticsDay(at: Date): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: STATISTICS_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(at)
}

/** The day `count` days before (negative: after) a YYYY-MM-DD day. */
export function daysBefore(day: string, count: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - count * 24 * 3600 * 1000).toISOString().slice(0, 10)
}

/**
 * The first day still open at `asOf`: days before it are complete. An hour's margin, so an event whose
 * transaction began just before midnight is in its day before the day is rolled up.
 */
export function firstOpenDay(asOf: Date): string {
  return statisticsDay(new Date(asOf.getTime() - 3600 * 1000))
}
