import { model } from "@medusajs/framework/utils"

/** What a daily total counts: each is one figure of the admin's statistics report. */
export const DAILY_MEASURES = ["page_views", "visits", "step_visits", "product_views"] as const

/**
 * One figure of one completed statistics day (Amsterdam time), kept after the day's raw events are
 * deleted: no visitor key, no time of day, nothing that points at a person. `item` is the event for
 * `step_visits`, the product for `product_views`, and "" for a figure of the whole day.
 */
const AnalyticsDailyTotal = model
  .define("analytics_daily_total", {
    id: model.id({ prefix: "adt" }).primaryKey(),
    day: model.text(),
    measure: model.enum([...DAILY_MEASURES]),
    item: model.text().default(""),
    count: model.number(),
  })
  .indexes([{ on: ["day", "measure", "item"], unique: true }])

export default AnalyticsDailyTotal
