import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ANALYTICS_EVENTS } from "@helder/privacy"
import { now } from "../../../lib/clock"
import { ANALYTICS_MODULE } from "../../../modules/analytics"
import { daysBefore, statisticsDay } from "../../../modules/analytics/days"
import type AnalyticsModuleService from "../../../modules/analytics/service"
import type { AnalyticsReportQuery } from "./query"

/** The statistics report: per day page views and visits, the ten most viewed products, visits per funnel step. */
export type AnalyticsReport = {
  days: number
  daily: { day: string; page_views: number; visits: number }[]
  top_products: { product_id: string; title: string | null; views: number }[]
  funnel: { step: string; visits: number }[]
}

/**
 * GET /admin/analytics?days=30 — the report over the last `days` whole days up to today (Amsterdam
 * time). Days rolled up are read from their daily totals, so the report outlives the raw events (13
 * months); the other days from the raw events. A "visit" is a day's random key: people are not counted.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AnalyticsReportQuery>,
  res: MedusaResponse<AnalyticsReport>,
) {
  const { days } = req.validatedQuery
  const today = statisticsDay(now())
  const analytics = req.scope.resolve<AnalyticsModuleService>(ANALYTICS_MODULE)
  const figures = await analytics.figures({ from: daysBefore(today, days - 1), to: today })
  const ids = figures.top_products.map((row) => row.product_id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: titled } = ids.length
    ? await query.graph({ entity: "product", fields: ["id", "title"], filters: { id: ids } })
    : { data: [] }
  const titles = new Map(titled.map((p: { id: string; title: string }) => [p.id, p.title]))
  const steps = new Map(figures.funnel.map((row) => [row.name, row.visits]))
  res.json({
    days,
    daily: figures.daily,
    top_products: figures.top_products.map((row) => ({ ...row, title: titles.get(row.product_id) ?? null })),
    funnel: ANALYTICS_EVENTS.filter((name) => name !== "page_view").map((name) => ({
      step: name,
      visits: steps.get(name) ?? 0,
    })),
  })
}
