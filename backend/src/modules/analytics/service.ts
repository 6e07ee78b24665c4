import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { eventDay, rolledUp, STATISTICS_TIME_ZONE } from "./days"
import AnalyticsDailyTotal from "./models/analytics-daily-total"
import AnalyticsEvent from "./models/analytics-event"

/** The report's figures over a period: per day, the most viewed products, and visits per step. */
export type StatisticsFigures = {
  daily: { day: string; page_views: number; visits: number }[]
  top_products: { product_id: string; views: number }[]
  funnel: { name: string; visits: number }[]
}

/** A period of whole statistics days, YYYY-MM-DD, both included. */
export type StatisticsPeriod = { from: string; to: string }

/** Raw events from day `?` through day `?`, with their statistics day. */
const EVENTS_BETWEEN = `select e.name, e.product_id, e.visitor_key, ${eventDay("e")} as day from analytics_event e
  where e.deleted_at is null
    and e.occurred_at >= (?::date)::timestamp at time zone '${STATISTICS_TIME_ZONE}'
    and e.occurred_at < (?::date + 1)::timestamp at time zone '${STATISTICS_TIME_ZONE}'`

/**
 * The figures of the rows of `events` (name, product_id, visitor_key, day) in the totals' shape. A visit
 * is a day's random key, so visits add up over days as the report has always counted them.
 */
const figuresOf = (events: string) => `
  select day, 'page_views' as measure, '' as item, (count(*) filter (where name = 'page_view'))::int as count
    from ${events} group by day
  union all select day, 'visits', '', count(distinct visitor_key)::int from ${events} group by day
  union all select day, 'step_visits', name, count(distinct visitor_key)::int from ${events} group by day, name
  union all select day, 'product_views', product_id, count(*)::int
    from ${events} where name = 'product_view' and product_id is not null group by day, product_id`

/** First-party statistics: raw events (kept 13 months) and the daily totals that stay after them. */
export default class AnalyticsModuleService extends MedusaService({ AnalyticsEvent, AnalyticsDailyTotal }) {
  /**
   * Adds every day before `firstOpen` that has raw events and no totals yet to the daily totals, in one
   * statement. A rolled-up day is never counted again, so running this twice changes nothing. Answers
   * how many days it added.
   */
  @InjectTransactionManager()
  async rollUpDays(firstOpen: string, @MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<number> {
    const knex: Knex.Transaction | undefined = sharedContext.transactionManager?.getTransactionContext()
    if (!knex) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "rollUpDays must run inside a transaction")
    const { rows } = await knex.raw<{ rows: { days: number }[] }>(
      `with fresh as (
        select e.name, e.product_id, e.visitor_key, ${eventDay("e")} as day from analytics_event e
        where e.deleted_at is null and e.occurred_at < (?::date)::timestamp at time zone '${STATISTICS_TIME_ZONE}'
          and not ${rolledUp(eventDay("e"))}
      ), added as (
        insert into analytics_daily_total (id, day, measure, item, count)
        select 'adt_' || replace(gen_random_uuid()::text, '-', ''), f.day, f.measure, f.item, f.count from (${figuresOf("fresh")}) f
        on conflict (day, measure, item) where deleted_at is null do nothing
        returning day
      )
      select count(distinct day)::int as days from added`,
      [firstOpen],
    )
    return Number(rows[0]?.days ?? 0)
  }

  /** The report's figures over whole days: rolled-up days from their totals, the others from their raw events. */
  @InjectManager()
  async figures(
    period: StatisticsPeriod,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {},
  ): Promise<StatisticsFigures> {
    const { rows } = await sharedContext.manager!.getKnex().raw<{ rows: StatisticsFigures[] }>(
      `with totals as (
        select day, measure, item, count from analytics_daily_total where deleted_at is null and day >= ? and day <= ?
      ), events as (${EVENTS_BETWEEN}
      ), figures as (
        select * from totals
        union all select * from (${figuresOf("events")}) raw where not ${rolledUp("raw.day")}
      )
      select
        (select coalesce(json_agg(d order by d.day), '[]'::json) from (
          select day, coalesce(sum(count) filter (where measure = 'page_views'), 0)::int as page_views,
            coalesce(sum(count) filter (where measure = 'visits'), 0)::int as visits
          from figures group by day) d) as daily,
        (select coalesce(json_agg(p order by p.views desc, p.product_id), '[]'::json) from (
          select item as product_id, sum(count)::int as views from figures where measure = 'product_views'
          group by item order by views desc, item limit 10) p) as top_products,
        (select coalesce(json_agg(s order by s.name), '[]'::json) from (
          select item as name, sum(count)::int as visits from figures where measure = 'step_visits' group by item) s) as funnel`,
      [period.from, period.to, period.from, period.to],
    )
    return rows[0]!
  }
}
