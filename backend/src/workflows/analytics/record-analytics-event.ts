import type { AnalyticsEvent } from "@helder/privacy"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createAnalyticsEventStep } from "./steps/create-analytics-event"

/** Counts one event (the route has checked the consent). */
export const recordAnalyticsEventWorkflow = createWorkflow(
  "record-analytics-event",
  (input: AnalyticsEvent & { occurred_at: Date }) => {
    return new WorkflowResponse(createAnalyticsEventStep(input))
  },
)
