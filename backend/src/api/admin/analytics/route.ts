import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ANALYTICS_EVENTS } from "@helder/privacy"
import { now } from "../../../lib/clock"
import type { AnalyticsReportQuery } from "./query"

type Knex = { raw: (sql: string, bindings: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }
const DAY = "to_char(occurred_at at time zone 'Europe/Amsterdam', 'YYYY-MM-DD')"

/**
 * GET /admin/analytics?days=30 — daily views and visits, the most viewed products and the funnel, each
 * one set-based query over the raw events. A "visit" is a day's random key: people are not counted.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AnalyticsReportQuery>, res: MedusaResponse) {
  const { days } = req.validatedQuery
  const since = new Date(now().getTime() - days * 24 * 3600 * 1000)
  const pg: Knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const live = "occurred_at >= ? and deleted_at is null"
  const [daily, products, funnel] = await Promise.all([
    pg.raw(`select ${DAY} as day, count(*) filter (where name = 'page_view')::int as page_views, count(distinct visitor_key)::int as visits from analytics_event where ${live} group by 1 order by 1`, [since]),
    pg.raw(`select product_id, count(*)::int as views from analytics_event where name = 'product_view' and product_id is not null and ${live} group by product_id order by views desc, product_id limit 10`, [since]),
    pg.raw(`select name, count(distinct (visitor_key, ${DAY}))::int as visits from analytics_event where ${live} group by name`, [since]),
  ])
  const ids = products.rows.map((row) => String(row.product_id))
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: titled } = ids.length ? await query.graph({ entity: "product", fields: ["id", "title"], filters: { id: ids } }) : { data: [] }
  const titles = new Map(titled.map((p: { id: string; title: string }) => [p.id, p.title]))
  const steps = new Map(funnel.rows.map((row) => [String(row.name), Number(row.visits)]))
  res.json({
    days,
    daily: daily.rows,
    top_products: products.rows.map((row) => ({ product_id: row.product_id, title: titles.get(String(row.product_id)) ?? null, views: row.views })),
    funnel: ANALYTICS_EVENTS.filter((name) => name !== "page_view").map((name) => ({ step: name, visits: steps.get(name) ?? 0 })),
  })
}
