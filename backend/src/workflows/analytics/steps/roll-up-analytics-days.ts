import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ANALYTICS_MODULE } from "../../../modules/analytics"
import { firstOpenDay } from "../../../modules/analytics/days"
import type AnalyticsModuleService from "../../../modules/analytics/service"

/**
 * Adds the completed statistics days not yet rolled up to the daily totals; answers how many. No
 * compensation: the totals are what the day's events say, and a purge after this may already have
 * taken those events, so taking the totals back would lose the day.
 */
export const rollUpAnalyticsDaysStep = createStep(
  "roll-up-analytics-days",
  async (input: { as_of: string }, { container }) => {
    const analytics = container.resolve<AnalyticsModuleService>(ANALYTICS_MODULE)
    return new StepResponse(await analytics.rollUpDays(firstOpenDay(new Date(input.as_of))))
  },
)
