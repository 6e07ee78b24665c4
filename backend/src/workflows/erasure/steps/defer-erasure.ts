import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_REQUEST_MODULE } from "../../../modules/privacy-request"
import type PrivacyRequestModuleService from "../../../modules/privacy-request/service"

export type DeferErasureInput = { request_id: string; retry_at: string; reason: string }

/**
 * Moves an erasure to a later run because orders are still open; says whether it was the first deferral (that one is
 * mailed).
 */
export const deferErasureStep = createStep(
  "defer-erasure",
  async (input: DeferErasureInput, { container }) => {
    const requests = container.resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE)
    const { before, previous } = await requests.moveDataRequest(input.request_id, "defer", {
      scheduled_for: new Date(input.retry_at),
      deferred_reason: input.reason,
    })
    return new StepResponse(
      { first: before.status !== "deferred", email: before.email ?? "", locale: before.locale },
      previous,
    )
  },
  async (before, { container }) => {
    if (before) await container.resolve<PrivacyRequestModuleService>(PRIVACY_REQUEST_MODULE).restoreDataRequest(before)
  },
)
