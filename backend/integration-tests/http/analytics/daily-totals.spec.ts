import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ANALYTICS_EVENTS, dataMapFromEnv, retentionCutoff, type AnalyticsEventName } from "@helder/privacy"
import { runRetention } from "../../../src/workflows/retention/run-retention"
import { ANALYTICS_MODULE } from "../../../src/modules/analytics"
import type AnalyticsModuleService from "../../../src/modules/analytics/service"
import { PURGERS } from "../../../src/personal-data/retention-purgers"
import { rollUpAnalyticsDaysWorkflow } from "../../../src/workflows/analytics/roll-up-analytics-days"
import { adminHeaders, moveClock } from "../helpers"

jest.setTimeout(300 * 1000)

/** The shop's clock in these tests: the first events below are past their 13 months by then. */
const NOW = new Date("2026-05-01T10:00:00Z")
const HOUR = 3600 * 1000
const DAY = 24 * HOUR
const CUTOFF = retentionCutoff(
  dataMapFromEnv(process.env).retention.find((rule) => rule.id === "analytics-events")!,
  NOW,
)

/** Moments with events, most of them next to a midnight in Amsterdam (the statistics' day). */
const MOMENTS = [
  "2025-03-27T22:30:00Z", // 23:00 on the 27th: the day before the longest period
  "2025-03-27T23:00:00Z", // midnight: the 28th, the first day of a 400-day report
  "2025-03-28T12:00:00Z",
  "2025-03-29T22:59:00Z", // 23:00 on the 29th
  "2025-03-29T23:10:00Z", // 00:00 on the 30th, the night summer time began
  "2025-03-30T21:30:00Z", // 23:00 on the 30th
  "2025-03-30T22:00:00Z", // 00:00 on the 31st
  "2025-04-01T08:00:00Z", // two hours past the term ...
  "2025-04-01T12:00:00Z", // ... and the same day two hours inside it
  "2025-12-24T15:00:00Z",
  "2026-04-30T21:00:00Z", // 23:00 yesterday
  "2026-05-01T07:00:00Z", // today: not complete, so not rolled up
].map((at) => new Date(at))
const PRODUCTS = Array.from({ length: 12 }, (_, i) => `p${String(i + 1).padStart(2, "0")}`)
const PERIODS = [1, 2, 7, 30, 395, 400]

type Seeded = { name: AnalyticsEventName; product_id: string | null; visitor_key: string; occurred_at: Date }

/** A fixed pseudo-random sequence, so every run checks the same data. */
function sequence(seed: number) {
  let state = seed
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state % n
  }
}

/**
 * Events within the hour of each moment: a few visitors (keys repeat across days), every kind of event, a dozen
 * products.
 */
function generateEvents(): Seeded[] {
  const pick = sequence(7)
  return MOMENTS.flatMap((at) =>
    Array.from({ length: 10 + pick(25) }, () => {
      const name = ANALYTICS_EVENTS[pick(ANALYTICS_EVENTS.length)]!
      const withProduct = (name === "product_view" || name === "add_to_cart") && pick(6) > 0
      return {
        name,
        product_id: withProduct ? PRODUCTS[pick(PRODUCTS.length)]! : null,
        visitor_key: `key${pick(8)}`.padEnd(32, "0"),
        occurred_at: new Date(at.getTime() + pick(60 - at.getUTCMinutes()) * 60 * 1000),
      }
    }),
  )
}

/** The Amsterdam day of an event as the database keeps it (to the hour). */
const dayOf = (at: Date) =>
  new Date(Math.floor(at.getTime() / HOUR) * HOUR).toLocaleDateString("sv-SE", { timeZone: "Europe/Amsterdam" })

/** The report over the last `days` days up to NOW, computed here from the seeded events themselves. */
function expectedReport(events: Seeded[], days: number) {
  const to = dayOf(NOW)
  const from = new Date(Date.parse(`${to}T00:00:00Z`) - (days - 1) * DAY).toISOString().slice(0, 10)
  const inPeriod = events.map((e) => ({ ...e, day: dayOf(e.occurred_at) })).filter((e) => e.day >= from && e.day <= to)
  const distinct = (rows: typeof inPeriod) => new Set(rows.map((e) => `${e.day}|${e.visitor_key}`)).size
  const daily = [...new Set(inPeriod.map((e) => e.day))].sort().map((day) => {
    const ofDay = inPeriod.filter((e) => e.day === day)
    return { day, page_views: ofDay.filter((e) => e.name === "page_view").length, visits: distinct(ofDay) }
  })
  const views = new Map<string, number>()
  for (const e of inPeriod) {
    if (e.name === "product_view" && e.product_id) views.set(e.product_id, (views.get(e.product_id) ?? 0) + 1)
  }
  const top_products = [...views]
    .map(([product_id, count]) => ({ product_id, title: null, views: count }))
    .sort((a, b) => b.views - a.views || (a.product_id < b.product_id ? -1 : 1))
    .slice(0, 10)
  const funnel = ANALYTICS_EVENTS.filter((name) => name !== "page_view").map((step) => ({
    step,
    visits: distinct(inPeriod.filter((e) => e.name === step)),
  }))
  return { days, daily, top_products, funnel }
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    const pg = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const sql = async (text: string, bindings: unknown[] = []) => (await pg().raw(text, bindings as never)).rows
    const analytics = () => getContainer().resolve<AnalyticsModuleService>(ANALYTICS_MODULE)
    const seed = (events: Seeded[]) =>
      analytics().createAnalyticsEvents(
        events.map((e) => ({ ...e, path: "/nl", device_class: "desktop" as const, locale: "nl" as const })),
      )
    const totals = () =>
      sql(`select id, day, measure, item, count from analytics_daily_total order by day, measure, item`)
    const rawIds = async () =>
      (await sql(`select id from analytics_event order by id`)).map((row: { id: string }) => row.id)
    const rollUp = async (at: Date) =>
      (await rollUpAnalyticsDaysWorkflow(getContainer()).run({ input: { as_of: at.toISOString() } })).result

    beforeEach(() => moveClock(getContainer(), NOW))
    afterEach(() => moveClock(getContainer()))

    it("[P-retention-terms] keeps the daily totals of the statistics when their raw events go after 13 months: every report shows every figure as before, and rolling up again doubles nothing", async () => {
      const events = generateEvents()
      const rows = await seed(events)
      const staff = await adminHeaders(getContainer(), api)
      const report = async (days: number) => (await api.get(`/admin/analytics?days=${days}`, staff)).data
      const reports = async () =>
        Object.fromEntries(await Promise.all(PERIODS.map(async (days) => [days, await report(days)])))

      // Before any roll-up the report counts the raw events, exactly as the data says.
      const before = await reports()
      expect(before).toEqual(Object.fromEntries(PERIODS.map((days) => [days, expectedReport(events, days)])))
      expect(before[400].daily.map((d: { day: string }) => d.day)).toEqual([
        ...["2025-03-28", "2025-03-29", "2025-03-30", "2025-03-31", "2025-04-01"],
        ...["2025-12-24", "2026-04-30", "2026-05-01"],
      ])
      expect(await totals()).toEqual([])

      const run = (await runRetention(getContainer(), { dryRun: false, trigger: "cli" }))!
      const expired = rows.filter((row) => new Date(row.occurred_at) < CUTOFF).map((row) => row.id)
      expect(expired.length).toBeGreaterThan(50)
      expect(run.steps.find((step) => step.rule === "analytics-events")?.rows).toBe(expired.length)
      expect(await rawIds()).toEqual(
        rows
          .map((row) => row.id)
          .filter((id) => !expired.includes(id))
          .sort(),
      )

      // Every completed day has its totals; today's events are still raw. The totals hold no person: no key, no time of
      // day.
      const kept = await totals()
      const completed = [...new Set(events.map((e) => dayOf(e.occurred_at)))].filter((day) => day < "2026-05-01").sort()
      expect([...new Set(kept.map((row: { day: string }) => row.day))]).toEqual(completed)
      const columns = await sql(
        `select column_name from information_schema.columns where table_name = 'analytics_daily_total' order by column_name`,
      )
      const names = columns.map((c: { column_name: string }) => c.column_name)
      expect(names).toEqual(["count", "created_at", "day", "deleted_at", "id", "item", "measure", "updated_at"])

      expect(await reports()).toEqual(before)

      // Another run and two more roll-ups find every completed day rolled up: the totals stay exactly as they were.
      const again = (await runRetention(getContainer(), { dryRun: false, trigger: "cli" }))!
      expect(again.steps.every((step) => step.rows === 0)).toBe(true)
      expect([await rollUp(NOW), await rollUp(NOW)]).toEqual([0, 0])
      expect(await totals()).toEqual(kept)
      expect(await reports()).toEqual(before)
    })

    it("deletes only statistics days whose totals are kept, and rolls up a day only once it is complete", async () => {
      const pageView = (key: string, at: string) => ({
        name: "page_view" as const,
        product_id: null,
        visitor_key: key.padEnd(32, "0"),
        occurred_at: new Date(at),
      })
      const old = await seed(["old0", "old1", "old2"].map((key) => pageView(key, "2025-01-10T10:00:00Z")))
      const [today] = await seed([pageView("today", "2026-05-01T21:00:00Z")])
      const ids = old.map((row) => row.id)
      const purger = PURGERS.find((p) => p.rule === "analytics-events")!
      const purge = () => pg().transaction((trx) => purger.apply(trx, ids))

      // Asked to delete a day without totals, the purge refuses.
      expect(await purge()).toBe(0)
      expect(await rawIds()).toEqual([...ids, today!.id].sort())

      expect(await rollUp(NOW)).toBe(1)
      expect(await purge()).toBe(3)
      expect(await totals()).toEqual(
        [
          {
            id: expect.stringMatching(/^adt_[0-9a-f]{32}$/),
            day: "2025-01-10",
            measure: "page_views",
            item: "",
            count: 3,
          },
          { id: expect.any(String), day: "2025-01-10", measure: "visits", item: "", count: 3 },
          { id: expect.any(String), day: "2025-01-10", measure: "step_visits", item: "page_view", count: 3 },
        ].sort((a, b) => (a.measure < b.measure ? -1 : 1)),
      )

      // The 1st of May ends at 22:00 UTC; it is rolled up an hour later, when no event of it can still be on its way.
      expect(await rollUp(new Date("2026-05-01T22:30:00Z"))).toBe(0)
      expect(await rollUp(new Date("2026-05-01T23:00:00Z"))).toBe(1)
      expect(await totals()).toContainEqual(
        expect.objectContaining({ day: "2026-05-01", measure: "visits", item: "", count: 1 }),
      )
    })
  },
})
