import type { AnalyticsEvent } from "@helder/privacy"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ANALYTICS_MODULE } from "../../../modules/analytics"
import type AnalyticsModuleService from "../../../modules/analytics/service"

/** Stores one event. */
export const createAnalyticsEventStep = createStep(
  "create-analytics-event",
  async (input: AnalyticsEvent & { occurred_at: Date }, { container }) => {
    const analytics: AnalyticsModuleService = container.resolve(ANALYTICS_MODULE)
    const event = await analytics.createAnalyticsEvents({ ...input, product_id: input.product_id ?? null })
    return new StepResponse(event.id, event.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<AnalyticsModuleService>(ANALYTICS_MODULE).deleteAnalyticsEvents(id)
  }
)
