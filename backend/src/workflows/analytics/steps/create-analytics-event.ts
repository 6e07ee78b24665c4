import { randomBytes } from "node:crypto"
import type { AnalyticsEvent } from "@helder/privacy"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ANALYTICS_MODULE } from "../../../modules/analytics"
import type AnalyticsModuleService from "../../../modules/analytics/service"

/** Stores one event. */
export const createAnalyticsEventStep = createStep(
  "create-analytics-event",
  async (input: AnalyticsEvent & { occurred_at: Date }, { container }) => {
    const analytics: AnalyticsModuleService = container.resolve(ANALYTICS_MODULE)
    // A random id, not a time-ordered one, and a trigger that keeps the row's timestamps to the hour:
    // otherwise they would give away the exact moment after all.
    const event = await analytics.createAnalyticsEvents({
      ...input,
      id: `aev_${randomBytes(16).toString("hex")}`,
      product_id: input.product_id ?? null,
    })
    return new StepResponse(event.id, event.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<AnalyticsModuleService>(ANALYTICS_MODULE).deleteAnalyticsEvents(id)
  },
)
