import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AnalyticsEvent } from "@helder/privacy"
import { now } from "../../../../lib/clock"
import { recordAnalyticsEventWorkflow } from "../../../../workflows/analytics/record-analytics-event"

/**
 * POST /store/analytics/events — counts one event; the middleware has checked the analytics consent.
 * The database keeps its time to the hour only (see the module's migrations).
 */
export async function POST(req: MedusaRequest<AnalyticsEvent>, res: MedusaResponse) {
  await recordAnalyticsEventWorkflow(req.scope).run({ input: { ...req.validatedBody, occurred_at: now() } })
  res.status(202).json({ counted: true })
}
